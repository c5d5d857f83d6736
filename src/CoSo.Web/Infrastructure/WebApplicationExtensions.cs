using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Web.Api;
using CoSo.Web.Api.Audit;
using CoSo.Web.Api.Encounters;
using CoSo.Web.Api.Organisation;
using CoSo.Web.Api.People;
using CoSo.Web.Api.Records;
using CoSo.Web.Components;
using CoSo.Web.Infrastructure.Auth;
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
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }
    }

    public static WebApplication UseCoSoWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseMiddleware<ActorScopeMiddleware>();
        app.UseAuthorization();

        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference("/api/docs");
        }

        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapAuth();
        api.MapPeople();
        api.MapHouseholds();
        api.MapVisits();
        api.MapHealthRecords();
        api.MapOrganisation();
        api.MapAudit();
        app.MapCoSoUi();
        return app;
    }
}
