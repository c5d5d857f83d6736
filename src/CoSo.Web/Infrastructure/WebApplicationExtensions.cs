using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using CoSo.Web.Api;
using CoSo.Web.Api.Audit;
using CoSo.Web.Api.Encounters;
using CoSo.Web.Api.Immunization;
using CoSo.Web.Api.Indicators;
using CoSo.Web.Api.Organisation;
using CoSo.Web.Api.People;
using CoSo.Web.Api.Records;
using CoSo.Web.Components;
using CoSo.Web.Infrastructure.Input;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace CoSo.Web.Infrastructure;

public static class WebApplicationExtensions
{
    /// <summary>The embedded SQLite store migrates itself on start; PostgreSQL is migrated by `coso db migrate`.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite || app.Configuration.GetValue<bool>("CoSo:MigrateOnStart"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            // Migrations load reference data (administrative units, ICD-10, the formulary): the system as the operator.
            scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().InitializeSystem("system:migrate");
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        // The demo province is seeded only when asked for (`--demo`): a production start creates no account with a
        // known password. The seed is idempotent, so a restart with `--demo` keeps what users entered.
        var demo = app.Configuration.GetValue<bool>("CoSo:Demo");
        var hasUsers = true;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (demo)
            {
                // The seed reads what it wrote (visits to enrol, prescriptions to dispense): as the system, not as nobody.
                scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().InitializeSystem("system:demo");
                var summary = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(new DemoOptions());
                if (!summary.AlreadySeeded)
                {
                    app.Logger.LogInformation("Demo data: {Stations} stations, {Residents} residents", summary.Stations, summary.Residents);
                }
            }
            else
            {
                hasUsers = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Users.AnyAsync();
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => StartBanner.Print(Console.Out, app.Urls, demo, hasUsers));
    }

    public static WebApplication UseCoSoWeb(this WebApplication app)
    {
        // Behind a reverse proxy the client's address and scheme come from its headers (trusted proxies only), so the
        // cookie is Secure and the audit has the client's address.
        app.UseForwardedHeaders();
        if (SecurityHeaders.HasHttpsEndpoint(app.Configuration) && !app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // Localization first, so that errors are written in the request's language.
        app.UseRequestLocalization();
        app.UseCoSoRequestLog();
        app.UseCoSoSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCoSoRequestLimits();
        app.UseVillageApp();
        app.UseAuthentication();
        app.UseMiddleware<ActorScopeMiddleware>();
        app.UseAuthorization();

        // The OpenAPI document describes the API for client developers (a native village app, the district's tools):
        // served in every environment, with no data in it; the interactive page only in Development.
        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/api/docs");
        }

        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/v1").RequireAuthorization().AddEndpointFilter<Audit.DeniedAuditFilter>().AddEndpointFilter<Audit.MergedPersonRedirectFilter>()
            .AddEndpointFilterFactory(QueryDates.Factory);
        api.MapAuth();
        api.MapPeople();
        api.MapHouseholds();
        api.MapVisits();
        Api.Reception.ReceptionEndpoints.MapReception(api);
        Api.Pharmacy.PharmacyEndpoints.MapPharmacy(api);
        Api.FamilyPlanning.FamilyPlanningEndpoints.MapFamilyPlanning(api);
        Api.Nutrition.NutritionEndpoints.MapNutrition(api);
        api.MapHealthRecords();
        api.MapOrganisation();
        api.MapAudit();
        Api.Bhyt.BhytEndpoints.MapBhyt(api);
        api.MapIndicators();
        api.MapImmunization();
        Api.Growth.GrowthEndpoints.MapGrowth(api);
        Api.Surveillance.SurveillanceEndpoints.MapSurveillance(api);
        Api.Chronic.ChronicEndpoints.MapChronic(api);
        CoSo.Web.Api.Workforce.WorkforceEndpoints.MapWorkforce(api);
        Api.Maternal.MaternalEndpoints.MapMaternal(api);
        Api.Village.VillageEndpoints.MapVillage(api);
        Fhir.FhirEndpoints.MapFhir(app);
        Fhir.Smart.SmartEndpoints.MapSmart(app);
        app.MapCoSoUi();
        return app;
    }
}
