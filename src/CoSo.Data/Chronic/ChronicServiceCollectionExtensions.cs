using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoSo.Data.Chronic;

public static class ChronicServiceCollectionExtensions
{
    public static IServiceCollection AddChronic(this IServiceCollection services)
    {
        services.TryAddSingleton(new ChronicOptions());
        services.AddScoped<ChronicRegistryService>();
        services.AddScoped<ChronicFollowUpService>();
        services.AddScoped<ChronicVisitLink>();
        services.AddScoped<OverdueService>();
        services.AddScoped<HighRiskService>();
        services.AddIndicatorSource<HighRiskCheckedSource>();
        services.AddScoped<ChronicIndicatorService>();
        services.AddScoped<CareCardService>();
        return services;
    }
}
