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
        services.AddSingleton<IIndicatorSource>(sp => new Indicators.Programmes.ChronicControlSource(Core.Chronic.ChronicProgramme.Hypertension, sp.GetRequiredService<ChronicOptions>()));
        services.AddSingleton<IIndicatorSource>(sp => new Indicators.Programmes.ChronicControlSource(Core.Chronic.ChronicProgramme.Diabetes, sp.GetRequiredService<ChronicOptions>()));
        services.AddScoped<ChronicIndicatorService>();
        services.AddScoped<CareCardService>();
        return services;
    }
}
