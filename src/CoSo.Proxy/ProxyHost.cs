namespace CoSo.Proxy;

/// <summary>
/// The reverse proxy in front of several CoSo.Web nodes (ADR 0015, docs/deployment.md): YARP with the routes, the
/// node list, session affinity and health checks read from the <c>ReverseProxy</c> section (appsettings.json, overridable
/// on the command line, e.g. <c>--ReverseProxy:Clusters:coso:Destinations:a:Address=http://10.0.0.11:5000/</c>).
/// Affinity keeps a Blazor circuit (its SignalR connection and its page loads) on the node that holds it; active
/// checks of <c>/health</c> and passive failure counting take a dead node out, and its clients are sent to another
/// (their circuit reconnects there as a new one; the sign-in cookie is valid on every node: shared key ring).
/// </summary>
public static class ProxyHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        var app = builder.Build();
        // The proxy's own liveness (not the nodes'): an orchestrator or keepalived checks this.
        app.MapGet("/proxy-health", () => Results.Text("ok"));
        app.MapReverseProxy();
        return app;
    }

    public static Task Main(string[] args) => Build(args).RunAsync();
}
