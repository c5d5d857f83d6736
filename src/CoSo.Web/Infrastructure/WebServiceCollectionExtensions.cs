using System.Globalization;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Web.Components;
using CoSo.Web.Infrastructure.Auth;
using CoSo.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;

namespace CoSo.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCoSoWeb(this WebApplicationBuilder builder)
    {
        // `dotnet run` serves from the build output in Production too (the README's command sets no environment):
        // the static web assets of MudBlazor and the Blazor framework live in NuGet and obj folders until a publish,
        // and only this manifest maps them. After `dotnet publish` the manifest is absent and this is a no-op.
        builder.WebHost.UseStaticWebAssets();
        // 1 MB per request body (Kestrel's default is 30 MB); endpoints that import files declare more (docs/security.md).
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Input.RequestLimits.JsonBodyBytes);
        var services = builder.Services;
        services.AddCoSoData(builder.Configuration);
        services.AddMemoryCache();
        services.AddCoSoForwardedHeaders(builder.Configuration);
        services.AddCoSoTelemetry(builder.Configuration);
        // Cookie and antiforgery keys in the database, not in the home directory: every web node reads one key ring and
        // a restart or a new machine keeps the sessions (docs/security.md).
        services.AddDataProtection().PersistKeysToDbContext<CoSoDbContext>().SetApplicationName("CoSo");
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<HttpCurrentActor>());
        services.AddSingleton<ScopeCache>();
        services.AddScoped<SignInService>();
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection("CoSo:Auth"));
        services.AddSingleton<SessionValidator>();
        services.AddCoSoUi();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddHostedService<Jobs.IndicatorRecomputeJob>();
        services.AddHostedService<Jobs.SurveillanceAlertJob>();
        services.AddHostedService<Jobs.DatabaseBackupJob>();
        if (DatabaseSettings.From(builder.Configuration).Provider == DatabaseProvider.PostgreSql)
        {
            // Several web nodes share one PostgreSQL database: the live queue crosses them by LISTEN/NOTIFY (ADR 0015).
            services.AddHostedService<PostgresQueueRelay>();
        }
        Jobs.OutboxServiceCollectionExtensions.AddOutboxSender(services);

        // The default scheme sends a bearer token on /fhir to OpenIddict's validation and everything else to the cookie.
        var authentication = services.AddAuthentication(Fhir.Smart.SmartAuthentication.Scheme);
        Fhir.Smart.SmartAuthentication.AddCoSoSmart(services, authentication);
        authentication
            .AddCookie(o =>
            {
                o.Cookie.Name = "coso.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure on HTTPS (directly or behind a proxy)
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.LoginPath = "/dang-nhap";
                o.AccessDeniedPath = "/dang-nhap";
                o.Events.OnValidatePrincipal = async ctx =>
                {
                    if (!await ctx.HttpContext.RequestServices.GetRequiredService<SessionValidator>().ValidateAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
                    {
                        ctx.RejectPrincipal();
                        await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
                o.Events.OnRedirectToLogin = ctx => ApiStatusOr(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOr(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization(CapabilityPolicies.Add);
        services.AddProblemDetails();
        // FHIR's OperationOutcome mapping first: it takes /fhir and declines every other path.
        Fhir.FhirServiceCollectionExtensions.AddCoSoFhir(services);
        services.AddExceptionHandler<CoSoExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = ["vi-VN", "vi", "en"];
            o.SetDefaultCulture("vi-VN").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new Input.BoundedDateOnlyConverter());
            o.SerializerOptions.Converters.Add(new Input.BoundedDateTimeOffsetConverter());
            o.SerializerOptions.Converters.Add(new Input.BoundedStringConverter());
        });
        // Binding failures throw in every environment (not only Development), so CoSoExceptionHandler answers them with
        // field messages in the request's language instead of an empty English "Bad Request" (docs/security.md).
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    private static Task ApiStatusOr(HttpContext http, string redirectUri, int status)
    {
        if (Fhir.FhirOutcomes.IsFhir(http))
        {
            // FHIR clients get 401 + WWW-Authenticate + OperationOutcome (403 likewise), never the login page.
            return status == StatusCodes.Status401Unauthorized ? Fhir.FhirOutcomes.WriteUnauthenticatedAsync(http) : Fhir.FhirOutcomes.WriteForbiddenAsync(http);
        }

        if (http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            http.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }

    public static CultureInfo DefaultCulture => CultureInfo.GetCultureInfo("vi-VN");
}
