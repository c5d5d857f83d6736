using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.Core.Identity;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class CaseReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_commune_user_sees_only_its_cases_and_a_district_user_sees_those_of_its_communes(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var person = await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id));
        var caseA = await CreateAsync(a, new { personId = person.GetProperty("id").GetGuid(), diseaseCode = "dengue", classification = "Suspected", onsetDate = Today(-2) });
        var caseB = await CreateAsync(b, new { nonResidentName = "Lê Thị Khách", nonResidentSex = "Female", nonResidentBirthYear = 1985, stationId = app.Org.StationB.Id, diseaseCode = "dengue", classification = "Probable", onsetDate = Today(-1) });
        Assert.Equal(app.Org.StationA.Id, caseA.GetProperty("orgUnitId").GetGuid());
        Assert.Equal(JsonValueKind.Null, caseB.GetProperty("personId").ValueKind);

        var listA = await Ids(a);
        var listB = await Ids(b);
        Assert.Contains(caseA.GetProperty("id").GetGuid(), listA);
        Assert.DoesNotContain(caseB.GetProperty("id").GetGuid(), listA);
        Assert.Contains(caseB.GetProperty("id").GetGuid(), listB);
        Assert.DoesNotContain(caseA.GetProperty("id").GetGuid(), listB);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/surveillance/cases/{caseA.GetProperty("id").GetGuid()}")).StatusCode);

        var district = new ScopedActor("district", new AccessScope(false, [app.Org.StationA.Id, app.Org.StationB.Id]));
        await using var sp = TestDatabase.Services(app.ConnectionString, district);
        await using var scope = sp.CreateAsyncScope();
        var all = (await scope.ServiceProvider.GetRequiredService<CaseReportService>().ListAsync(new CaseReportFilter("dengue"))).Items.Select(i => i.Id).ToList();
        Assert.Contains(caseA.GetProperty("id").GetGuid(), all);
        Assert.Contains(caseB.GetProperty("id").GetGuid(), all);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_group_A_case_reported_more_than_24_hours_after_diagnosis_is_flagged_late(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        object Input(int hoursAgo) => new
        {
            nonResidentName = "Trần Văn Tả", nonResidentSex = "Male", nonResidentBirthYear = 1970, stationId = app.Org.StationA.Id,
            diseaseCode = "cholera", classification = "Suspected", onsetDate = Today(-3), diagnosedAt = DateTimeOffset.UtcNow.AddHours(-hoursAgo),
        };

        Assert.True((await CreateAsync(a, Input(25))).GetProperty("reportedLate").GetBoolean());
        Assert.False((await CreateAsync(a, Input(23))).GetProperty("reportedLate").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_reported_30_hours_after_diagnosis_is_late_for_measles_dengue_hfmd_and_diphtheria_and_on_time_for_pertussis(string provider)
    {
        // TT 54/2015/TT-BYT, annex 1: measles, dengue, HFMD and diphtheria within 24 h; pertussis within 48 h.
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        async Task<bool> LateAsync(string disease) => (await CreateAsync(a, new
        {
            nonResidentName = "Lê Thị Báo", nonResidentSex = "Female", nonResidentBirthYear = 2019, stationId = app.Org.StationA.Id,
            diseaseCode = disease, classification = "Suspected", onsetDate = Today(-3), diagnosedAt = DateTimeOffset.UtcNow.AddHours(-30),
        })).GetProperty("reportedLate").GetBoolean();

        var late = new List<bool>();
        foreach (var disease in new[] { "measles", "dengue", "hand_foot_mouth", "diphtheria", "pertussis" })
        {
            late.Add(await LateAsync(disease));
        }

        Assert.Equal([true, true, true, true, false], late);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_diagnosed_with_dengue_is_proposed_until_reported_and_lab_results_need_the_current_ETag(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var visit = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { temperatureC = 39.2, diagnoses = new[] { new { code = "A90", isMain = true } } });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var proposal = (await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/proposals?days=3")).GetProperty("items").EnumerateArray().Single(p => p.GetProperty("encounterId").GetGuid() == visitId);
        Assert.Equal("dengue", proposal.GetProperty("diseaseCode").GetString());

        var report = await CreateAsync(a, new { personId, diseaseCode = "dengue", classification = "Suspected", onsetDate = Today(-1), sourceEncounterId = visitId });
        Assert.False(report.GetProperty("reportedLate").GetBoolean());
        Assert.DoesNotContain((await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/proposals?days=3")).GetProperty("items").EnumerateArray(), p => p.GetProperty("encounterId").GetGuid() == visitId);

        var id = report.GetProperty("id").GetGuid();
        var update = new { classification = "Confirmed", hospitalised = true, outcome = "UnderTreatment", labTest = "NS1", labResult = "Dương tính", labResultDate = Today(0) };
        Assert.Equal(HttpStatusCode.OK, (await Put(a, id, update, "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Put(a, id, update, "\"1\"")).StatusCode);
        var saved = await a.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/cases/{id}");
        Assert.Equal(("Confirmed", "Dương tính", 2), (saved.GetProperty("classification").GetString(), saved.GetProperty("labResult").GetString(), saved.GetProperty("version").GetInt32()));
    }

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> Put(HttpClient client, Guid id, object body, string etag)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/surveillance/cases/{id}") { Content = JsonContent.Create(body, options: TestPeople.Json) };
        put.Headers.IfMatch.ParseAdd(etag);
        return client.SendAsync(put);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_line_list_exported_to_Excel_is_audited_like_the_list(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        await CreateAsync(a, new { personId, diseaseCode = "measles", classification = "Suspected", onsetDate = Today(-1) });

        var export = await a.GetAsync("/api/v1/surveillance/cases.xlsx?disease=measles");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var reads = (await TestDatabase.ReadsOfAsync(app.ConnectionString, personId)).Count(e => e.Action == AuditActions.Read && e.Source.Contains("cases.xlsx"));
        Assert.Equal(1, reads);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object input)
    {
        var response = await client.PostAsJsonAsync("/api/v1/surveillance/cases", input, TestPeople.Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    private static async Task<List<Guid>> Ids(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/cases?disease=dengue")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
