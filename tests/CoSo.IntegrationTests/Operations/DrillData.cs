using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Encounters;
using CoSo.Data.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Operations;

/// <summary>Visits written through the visit service (the station's own path: audit rows, indicator marks) and read back by id.</summary>
public static class DrillData
{
    /// <summary>A migrated CoSo database named coso on the cluster, with the two-station test org.</summary>
    public static async Task<string> CreateDatabaseAsync(TempPostgresCluster cluster)
    {
        await cluster.ExecuteAsync("CREATE DATABASE coso");
        var cs = cluster.ConnectionString("coso");
        await using var sp = TestDatabase.Services(cs);
        await using var scope = sp.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return cs;
    }

    public static async Task<Guid> ResidentAsync(string cs, TestOrg org)
    {
        await using var sp = TestDatabase.Services(cs);
        await using var scope = sp.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
        {
            FullName = TestPeople.UniqueName(), BirthDate = new DateOnly(1960, 4, 2), Sex = Sex.Female, OrgUnitId = org.StationA.Id,
        });
        return person.Id;
    }

    public static async Task<List<Guid>> VisitsAsync(string cs, Guid personId, int count)
    {
        await using var sp = TestDatabase.Services(cs);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            await using var scope = sp.CreateAsyncScope();
            var visit = await scope.ServiceProvider.GetRequiredService<VisitService>().RecordAsync(personId, new VisitInput
            {
                OccurredAt = DateTimeOffset.UtcNow.AddMinutes(-30),
                Systolic = 120 + i, Diastolic = 80,
                Diagnoses = [new DiagnosisInput("I10", true)],
            });
            ids.Add(visit.Id);
        }

        return ids;
    }

    public static Task<List<Guid>> AllVisitIdsAsync(string cs) =>
        TestDatabase.WithDbAsync(cs, db => db.Encounters.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
}
