using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace CoSo.Web.Infrastructure;

/// <summary>
/// One log line per request without personal data (docs/observability.md): the method, the route <em>template</em>
/// (<c>/api/v1/people/{personId}</c>, never the path with its values or the query string, which may hold a searched
/// name or CCCD), the status, the time taken and the trace id. Static files and the Blazor circuit's own traffic are left out.
/// </summary>
public static partial class RequestLog
{
    public static IApplicationBuilder UseCoSoRequestLog(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            if (route is not null && !route.StartsWith("/_", StringComparison.Ordinal) && !route.Contains("{**", StringComparison.Ordinal))
            {
                var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CoSo.Requests");
                LogRequest(log, http.Request.Method, route, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
            }
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} → {Status} in {ElapsedMs:0.0} ms (trace {TraceId})")]
    private static partial void LogRequest(ILogger log, string method, string route, int status, double elapsedMs, string traceId);
}
