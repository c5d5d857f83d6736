using CoSo.Data.Audit;
using CoSo.Data.Common;
using CoSo.Data.Encounters;
using CoSo.Data.Indicators;
using CoSo.Data.Immunization;
using CoSo.Data.Organisation;
using CoSo.Data.People;
using CoSo.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoSo.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers CoSoDbContext on the configured provider, plus the migrator and reference-data loaders.</summary>
    public static IServiceCollection AddCoSoData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        return services.AddCoSoData(settings);
    }

    public static IServiceCollection AddCoSoData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<CoSoDbContext, PostgresCoSoDbContext>(o => ConfigurePostgres(o, settings.ConnectionString));
        }
        else
        {
            services.AddDbContext<CoSoDbContext, SqliteCoSoDbContext>(o => ConfigureSqlite(o, settings.ConnectionString));
        }

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<PeopleService>();
        services.AddScoped<HouseholdService>();
        services.AddScoped<VisitService>();
        services.AddScoped<VisitCorrections>();
        services.AddScoped<VisitContextService>();
        services.AddScoped<Village.VillageOverviewService>();
        services.AddScoped<Village.Sync.VillageSyncService>();
        services.AddScoped<Village.Sync.VillageUploadService>();
        services.AddScoped<Village.Sync.VillageInboxService>();
        services.AddScoped<VisitPrescriptions>();
        services.AddScoped<StationResolver>();
        services.AddScoped<Pharmacy.FormularyService>();
        services.AddScoped<Pharmacy.StockService>();
        services.AddScoped<Pharmacy.StockIssue>();
        services.AddScoped<Pharmacy.StockReportService>();
        services.AddSingleton<Reception.CoverageRulesProvider>();
        services.AddSingleton<Reception.QueueEvents>();
        services.AddScoped<Reception.ReceptionService>();
        services.AddScoped<Reception.QueueService>();
        services.AddScoped<IcdSearch>();
        services.AddScoped<HealthRecordService>();
        services.AddScoped<OrgUnitService>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<Audit.ReadAuditWriter>();
        services.AddScoped<Demo.DemoSeeder>();
        services.AddScoped<Identity.UserAdministration>();
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<CoSoDbContext>());
        services.AddScoped<Identity.SystemClients>();
        services.AddScoped<PersonImporter>();
        services.AddSingleton<People.ResidentRecordsRehomeInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<People.ResidentRecordsRehomeInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<People.ResidentRecordsRehomeInterceptor>()));
        services.AddScoped<Operations.JobLeases>();
        services.AddSingleton<Operations.ReadDatabase>();
        services.AddScoped<Operations.IReadOnlyDbContextFactory, Operations.ReadOnlyDbContextFactory>();
        services.AddSingleton<Operations.LeasedJobRunner>();
        services.AddIndicators();
        services.AddImmunization();
        Growth.GrowthServiceCollectionExtensions.AddGrowth(services);
        Surveillance.SurveillanceServiceCollectionExtensions.AddSurveillance(services);
        Chronic.ChronicServiceCollectionExtensions.AddChronic(services);
        Workforce.WorkforceServiceCollectionExtensions.AddWorkforce(services);
        FamilyPlanning.FamilyPlanningServiceCollectionExtensions.AddFamilyPlanning(services);
        Nutrition.NutritionServiceCollectionExtensions.AddNutrition(services);
        Maternal.MaternalServiceCollectionExtensions.AddMaternal(services);
        Bhyt.BhytServiceCollectionExtensions.AddBhyt(services);
        services.AddScoped<Fhir.FhirPatientQueries>();
        services.AddScoped<Fhir.FhirClinicalQueries>();
        services.AddScoped<Fhir.FhirOrganizationQueries>();
        services.AddScoped<Fhir.FhirWorkforceQueries>();
        services.AddScoped<Fhir.FhirRecordQueries>();
        services.AddScoped<Fhir.FhirGroupQueries>();
        services.AddScoped<Fhir.FhirSummaryQueries>();
        services.AddScoped<Fhir.Subscriptions.FhirSubscriptionService>();
        services.AddSingleton<Fhir.Subscriptions.SubscriptionEventInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<Fhir.Subscriptions.SubscriptionEventInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<Fhir.Subscriptions.SubscriptionEventInterceptor>()));
        return services;
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(CoSoDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).UseSnakeCaseNamingConvention();
}
