using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Encounters;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Encounters;

public sealed class VisitCorrectionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_empty_visit_and_a_visit_without_a_diagnosis_are_refused_on_the_diagnosis_field(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();

        foreach (var body in new object[] { new { }, new { systolic = 130, diastolic = 80, weightKg = 6.5 } })
        {
            var response = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Cần một chẩn đoán chính (ICD-10): chọn mã hoặc tên bệnh.", problem.GetProperty("errors").GetProperty("diagnoses")[0].GetString());
        }

        Assert.Equal(0, (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/visits")).GetProperty("total").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_correction_needs_the_current_version_and_keeps_the_previous_one_in_the_history(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var created = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { temperatureC = 37.5, weightKg = 6.5, diagnoses = new[] { new { code = "J06.9", isMain = true } } });
        var visit = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = visit.GetProperty("id").GetGuid();
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(6.5m, visit.GetProperty("weightKg").GetDecimal());

        var corrected = new { temperatureC = 38.5, weightKg = 6.5, diagnoses = new[] { new { code = "J20.9", isMain = true } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await Put(a, personId, id, corrected, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Put(a, personId, id, corrected, "\"7\"")).StatusCode);
        var ok = await Put(a, personId, id, corrected, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var after = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal(38.5m, after.GetProperty("temperatureC").GetDecimal());
        Assert.Equal("J20.9", after.GetProperty("diagnoses")[0].GetProperty("code").GetString());

        var history = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/visits/{id}/history");
        var previous = history.EnumerateArray().Single();
        Assert.Equal(1, previous.GetProperty("version").GetInt32());
        Assert.Equal("update", previous.GetProperty("change").GetString());
        Assert.Equal(37.5m, previous.GetProperty("before").GetProperty("temperatureC").GetDecimal());
        Assert.Equal("J06.9", previous.GetProperty("before").GetProperty("diagnoses")[0].GetProperty("code").GetString());
        Assert.Equal("a1", previous.GetProperty("changedByName").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_voided_visit_stays_marked_cannot_be_edited_and_leaves_the_station_s_visit_count(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var created = await (await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var counted = await TestDatabase.CountAsync<Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == personId && !e.Voided));
        Assert.Equal(1, counted);

        using (var noReason = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{personId}/visits/{id}/void") { Content = JsonContent.Create(new { reason = " " }) })
        {
            noReason.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            Assert.Equal(HttpStatusCode.BadRequest, (await a.SendAsync(noReason)).StatusCode);
        }

        using (var voiding = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{personId}/visits/{id}/void") { Content = JsonContent.Create(new { reason = "Ghi nhầm người bệnh" }) })
        {
            voiding.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            var voided = await a.SendAsync(voiding);
            Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        }

        var list = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/visits");
        var item = list.GetProperty("items")[0];
        Assert.True(item.GetProperty("voided").GetBoolean());
        Assert.Equal("Ghi nhầm người bệnh", item.GetProperty("voidReason").GetString());
        Assert.Equal(0, await TestDatabase.CountAsync<Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == personId && !e.Voided)));
        var edit = await Put(a, personId, id, new { systolic = 125, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } }, "\"2\"");
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(1, await TestDatabase.CountAsync<CoSo.Core.Audit.AuditEntry>(app.ConnectionString, q => q.Where(e => e.EntityId == id && e.Action == CoSo.Core.Audit.AuditActions.Void)));
    }

    private static async Task<HttpResponseMessage> Put(HttpClient client, Guid personId, Guid visitId, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{personId}/visits/{visitId}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}
