using CoSo.Core.Chronic;
using CoSo.Core.Indicators;
using CoSo.Core.Surveillance;
using CoSo.Data.Indicators.Dhis2;
using CoSo.Data.Indicators.Programmes;
using CoSo.Data.Indicators.Reports;
using CoSo.Data.Indicators.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Indicators;

public static class IndicatorsServiceCollectionExtensions
{
    /// <summary>The indicator engine, the 2030 targets (T1–T3 computed, T4–T12 placeholders), the dirty-marking interceptor.</summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddSingleton<IndicatorDirtyInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<IndicatorDirtyInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<IndicatorDirtyInterceptor>()));

        foreach (var definition in Targets2030.All)
        {
            services.AddSingleton<IIndicatorSource>(new PendingIndicatorSource(definition));
        }

        services.AddIndicatorSource<BhytCoverageSource>();
        services.AddIndicatorSource<BhytVisitsSource>();
        services.AddIndicatorSource<HealthRecordCoverageSource>();
        services.AddReportIndicators();

        services.AddSingleton<IndicatorRegistry>();
        services.AddScoped<IndicatorEngine>();
        services.AddScoped<IndicatorQuery>();
        services.AddScoped<Dhis2Exporter>();
        services.AddScoped<ReportWorkbook>();
        services.AddScoped<Population.PopulationService>();
        services.AddScoped<Population.PopulationImporter>();
        return services;
    }

    /// <summary>The indicators of the monthly report that are not 2030 targets (population, visits by chapter, chronic, notifiable diseases).</summary>
    private static void AddReportIndicators(this IServiceCollection services)
    {
        services.AddIndicatorSource<BirthsSource>();
        services.AddIndicatorSource<DeathsSource>();
        services.AddIndicatorSource<InfantDeathsSource>();
        services.AddIndicatorSource<NeonatalDeathsSource>();
        foreach (var group in IcdChapterGroup.ReportRows)
        {
            services.AddSingleton<IIndicatorSource>(new VisitsByChapterSource(group));
        }

        services.AddSingleton<IIndicatorSource>(new ChronicManagedSource(ChronicProgramme.Hypertension));
        services.AddSingleton<IIndicatorSource>(new ChronicManagedSource(ChronicProgramme.Diabetes));
        services.AddSingleton<IIndicatorSource>(sp => new NotifiableCasesSource(DiseaseGroup.A, sp.GetRequiredService<NotifiableDiseaseCatalogue>()));
        services.AddSingleton<IIndicatorSource>(sp => new NotifiableCasesSource(DiseaseGroup.B, sp.GetRequiredService<NotifiableDiseaseCatalogue>()));
        services.AddIndicatorSource<YearlyCheckSource>();
    }

    /// <summary>Adds an indicator; a source with the code of an earlier one replaces it (e.g. a T5 placeholder).</summary>
    public static IServiceCollection AddIndicatorSource<TSource>(this IServiceCollection services)
        where TSource : class, IIndicatorSource =>
        services.AddSingleton<IIndicatorSource, TSource>();
}
