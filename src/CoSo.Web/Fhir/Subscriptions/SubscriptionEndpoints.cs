using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Web.Fhir.Subscriptions;

/// <summary>The Subscription routes beyond read and search (which the registry maps), and the rest-hook sender's registration.</summary>
public static class SubscriptionEndpoints
{
    public static RouteGroupBuilder MapFhirSubscriptions(this RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Subscription", (HttpContext http, SubscriptionHandler handler, CancellationToken ct) => handler.CreateAsync(http, ct));
        fhir.MapDelete("/Subscription/{id:guid}", (Guid id, SubscriptionHandler handler, CancellationToken ct) => handler.DeleteAsync(id, ct));
        fhir.MapGet("/Subscription/{id:guid}/$status", (Guid id, SubscriptionHandler handler, CancellationToken ct) => handler.StatusAsync(id, ct));
        return fhir;
    }

    /// <summary>The <c>fhir-rest-hook</c> outbox sender and its HTTP client (no request logging: headers are the hook's secrets).</summary>
    public static IServiceCollection AddFhirRestHook(IServiceCollection services)
    {
        services.AddSingleton<HookAddressGuard>();
        services.AddHttpClient(FhirRestHookSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler { ConnectCallback = sp.GetRequiredService<HookAddressGuard>().ConnectAsync, AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddSingleton<IOutboxSender, FhirRestHookSender>();
        return services;
    }
}
