using CoSo.Web.Components.Account;
using CoSo.Web.Components.Shared;
using MudBlazor.Services;

namespace CoSo.Web.Components;

public static class UiExtensions
{
    public static IServiceCollection AddCoSoUi(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitActorInitializer>();
        services.AddScoped<CircuitClient>();
        return services;
    }

    /// <summary>Call after authentication and authorization middleware.</summary>
    public static WebApplication MapCoSoUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
