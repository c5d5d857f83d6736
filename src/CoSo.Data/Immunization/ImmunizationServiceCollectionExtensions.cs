using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Immunization;

public static class ImmunizationServiceCollectionExtensions
{
    public static IServiceCollection AddImmunization(this IServiceCollection services)
    {
        services.AddSingleton<ImmunizationRehomeInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ImmunizationRehomeInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ImmunizationRehomeInterceptor>()));
        services.AddScoped<ChildRegisterService>();
        services.AddScoped<DoseService>();
        services.AddScoped<SessionService>();
        services.AddScoped<AefiService>();
        services.AddScoped<PregnancyService>();
        services.AddScoped<CoverageService>();
        services.AddScoped<HighRiskAreaService>();
        services.AddSingleton<Indicators.IIndicatorSource>(new ImmunizationCoverageSource(ReportIndicators.FullyImmunizedDefinition, CoverageDefinitions.FullyImmunized));
        services.AddSingleton<Indicators.IIndicatorSource>(new ImmunizationCoverageSource(ReportIndicators.MeaslesRubellaDefinition, CoverageDefinitions.MR));
        services.AddSingleton<Indicators.IIndicatorSource>(new ImmunizationCoverageSource(ReportIndicators.HepBBirth24hDefinition, CoverageDefinitions.HepBBirth24h));
        return services;
    }
}
