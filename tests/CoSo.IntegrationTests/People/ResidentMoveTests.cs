using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.People;

public sealed class ResidentMoveTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_resident_moved_to_another_station_brings_visits_and_health_record_and_leaves_the_old_station(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var input = TestPeople.Input(app.Org.VillageA1.Id);
        var id = (await TestPeople.RegisterAsync(a, input)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 150, diastolic = 95, diagnoses = new[] { new { code = "I10", isMain = true } } })).StatusCode);
        using (var save = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}/health-record") { Content = JsonContent.Create(new { tobacco = "Current" }, options: TestPeople.Json) })
        {
            save.Headers.IfMatch.ParseAdd("\"0\"");
            Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(save)).StatusCode);
        }

        // The family moves to commune B: the administrator changes the resident's station and village.
        using var admin = await app.LoginAsync("admin");
        var read = await admin.GetAsync($"/api/v1/people/{id}");
        var body = JsonSerializer.SerializeToNode(input, TestPeople.Json)!.AsObject();
        body["orgUnitId"] = app.Org.StationB.Id;
        body["villageId"] = app.Org.VillageB1.Id;
        using (var move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) })
        {
            move.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(move)).StatusCode);
        }

        // Station B now sees the whole history: the visit with its diagnosis, and the record.
        using var b = await app.LoginAsync("b1");
        var visits = await b.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/visits");
        var visit = Assert.Single(visits.GetProperty("items").EnumerateArray());
        Assert.Equal(150, visit.GetProperty("systolic").GetInt32());
        Assert.Equal("I10", Assert.Single(visit.GetProperty("diagnoses").EnumerateArray()).GetProperty("code").GetString());
        var record = await b.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/health-record");
        Assert.Equal("Current", record.GetProperty("record").GetProperty("tobacco").GetString());

        // Station A no longer does, and every re-homed row is audited.
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/people/{id}/visits")).StatusCode);
        var rehomed = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.PersonId == id && e.Action == AuditActions.Update && (e.EntityType == "Encounter" || e.EntityType == "EncounterDiagnosis" || e.EntityType == "HealthRecordVersion"))
            .Select(e => e.EntityType).ToListAsync());
        Assert.Equal(["Encounter", "EncounterDiagnosis", "HealthRecordVersion"], rehomed.Order(StringComparer.Ordinal).ToList());
    }
}
