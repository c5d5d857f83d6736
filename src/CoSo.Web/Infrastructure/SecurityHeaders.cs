using System.Globalization;
using CoSo.Core.Common;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CoSo.Web.Infrastructure;

/// <summary>
/// Production hardening of every response (docs/security.md, "Transport and headers"): a Content-Security-Policy the
/// Blazor pages pass (scripts from CoSo only; MudBlazor needs inline style attributes), <c>nosniff</c>, no referrer,
/// no framing, <c>Cache-Control: no-store</c> on everything that is not a fingerprinted static file (person data must
/// not stay in a shared computer's cache), and a same-origin check on state-changing API calls made with the cookie.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseCoSoSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            if (!headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers[HeaderNames.CacheControl] = "no-store";
            }

            return Task.CompletedTask;
        });

        if (IsCrossOriginWrite(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(new ProblemDetails
            {
                Status = 403, Title = Messages.Get("request.crossOrigin", CultureInfo.CurrentUICulture), Extensions = { ["code"] = "request.crossOrigin" },
            }).ExecuteAsync(http);
            return;
        }

        await next(http);
    });

    /// <summary>
    /// A state-changing API call whose Origin (or, without one, a Sec-Fetch-Site of "cross-site"/"same-site") is not
    /// CoSo itself: what a forged request from another site — a sibling subdomain included — carries. Clients that send
    /// neither header (the CLI, scripts, server-to-server) are not browsers and cannot be made to send the cookie.
    /// </summary>
    public static bool IsCrossOriginWrite(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || !request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "cross-site" or "same-site";
    }

    /// <summary>Forwarded headers from the proxies CoSo is told to trust (default: loopback, i.e. a proxy on the same machine).</summary>
    public static IServiceCollection AddCoSoForwardedHeaders(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("CoSo:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });

    /// <summary>True when an HTTPS endpoint is configured (URLs, Kestrel endpoints or an HTTPS port).</summary>
    public static bool HasHttpsEndpoint(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? string.Empty).Contains("https://", StringComparison.OrdinalIgnoreCase)
        || configuration["HTTPS_PORTS"] is { Length: > 0 } || configuration["ASPNETCORE_HTTPS_PORTS"] is { Length: > 0 }
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
}
