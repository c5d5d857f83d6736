using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.People;

public sealed class ResidentWorkflowTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Register_search_record_a_visit_and_read_the_record(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName();
        var person = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id, name));
        var id = person.GetProperty("id").GetGuid();
        Assert.Equal(name, person.GetProperty("fullName").GetString());
        Assert.Equal(app.Org.StationA.Id, person.GetProperty("orgUnitId").GetGuid());
        Assert.Equal("Thôn Đông", person.GetProperty("villageName").GetString());

        // Search by CCCD, by BHYT card, by the 10-digit social-insurance number, by phone and by the folded name.
        var cccd = person.GetProperty("cccd").GetString()!;
        var bhyt = person.GetProperty("bhytNumber").GetString()!;
        foreach (var q in new[] { cccd, bhyt, bhyt[5..], person.GetProperty("phone").GetString()!, TextFolding.Fold(name), TextFolding.Fold(name).ToUpperInvariant() })
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(q)}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count == 1, $"query '{q}' found {items.Count}");
            Assert.Equal(id, items[0].GetProperty("id").GetGuid());
        }

        var visit = await client.PostAsJsonAsync($"/api/v1/people/{id}/visits", new
        {
            reason = "Khám định kỳ",
            purpose = "PeriodicCheck",
            systolic = 150,
            diastolic = 95,
            pulse = 80,
            weightKg = 62.5,
            heightCm = 160,
            diagnoses = new[] { new { code = "i10", isMain = true } },
            prescriptions = new[] { new { drug = "Amlodipin", strength = "5mg", dose = "1 viên/ngày", quantity = 30, days = 30 } },
            disposition = "FollowUp",
            followUpDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var saved = await visit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(24.4m, saved.GetProperty("bmi").GetDecimal()); // 62.5 / 1.6² = 24.41
        Assert.Equal("Bệnh lý tăng huyết áp", saved.GetProperty("diagnoses")[0].GetProperty("nameVi").GetString());

        var visits = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/visits");
        Assert.Equal(1, visits.GetProperty("total").GetInt32());
        var first = visits.GetProperty("items")[0];
        Assert.Equal(150, first.GetProperty("systolic").GetInt32());
        Assert.Equal("PeriodicCheck", first.GetProperty("purpose").GetString());
        Assert.Equal("I10", first.GetProperty("diagnoses")[0].GetProperty("code").GetString());
        Assert.Equal("Amlodipin", first.GetProperty("prescriptions")[0].GetProperty("drug").GetString());

        var read = await client.GetAsync($"/api/v1/people/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_CCCD_twice_is_rejected_with_a_field_message_in_the_requested_language(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var first = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id));
        var cccd = first.GetProperty("cccd").GetString();

        var again = JsonSerializer.SerializeToElement(TestPeople.Input(app.Org.VillageA1.Id), TestPeople.Json);
        var copy = JsonSerializer.Deserialize<Dictionary<string, object?>>(again.GetRawText())!;
        copy["cccd"] = cccd;
        var vi = await client.PostAsJsonAsync("/api/v1/people", copy);
        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        var problem = await vi.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Số CCCD này đã được đăng ký cho một người khác.", problem.GetProperty("errors").GetProperty("cccd")[0].GetString());

        using var en = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(copy) };
        en.Headers.AcceptLanguage.ParseAdd("en");
        var enResponse = await client.SendAsync(en);
        var enProblem = await enResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("This CCCD number is already registered to another person.", enProblem.GetProperty("errors").GetProperty("cccd")[0].GetString());

        // Other tests register residents in the same app concurrently: count only this CCCD.
        Assert.Equal(1, await TestDatabase.CountAsync<Core.People.Person>(app.ConnectionString, q => q.Where(p => p.Cccd == cccd)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_CCCD_and_BHYT_card_are_reported_field_by_field_and_nothing_is_saved(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName();
        var response = await client.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = name,
            birthDate = "1990-03-04",
            sex = "Female",
            cccd = "038090123456", // 4th digit 0 = male born 1900s; a woman born 1990 needs 1
            bhytNumber = "ZZ9381234567890",
            phone = "12345",
            villageId = app.Org.VillageB1.Id, // a village of another station
        }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes");
        Assert.Equal("cccd.sexCentury", codes.GetProperty("cccd")[0].GetString());
        Assert.Equal("bhyt.format", codes.GetProperty("bhytNumber")[0].GetString());
        Assert.Equal("phone.format", codes.GetProperty("phone")[0].GetString());
        Assert.Equal(0, await TestDatabase.CountAsync<Core.People.Person>(app.ConnectionString, q => q.Where(p => p.FullName == name)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_ETag_gets_412_and_changes_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var person = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id));
        var id = person.GetProperty("id").GetGuid();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(person.GetRawText())!;

        body["phone"] = "0988000111";
        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) };
        first.Headers.IfMatch.ParseAdd("\"1\"");
        var ok = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);

        body["phone"] = "0977000222";
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var conflict = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, conflict.StatusCode);

        using var missing = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(missing)).StatusCode);

        var now = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.Equal("0988000111", now.GetProperty("phone").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Impossible_vitals_are_rejected_and_unusual_ones_accepted_with_a_flag(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();

        var impossible = await client.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 400, diastolic = 95, temperatureC = 50, diagnoses = new[] { new { code = "Z00.0", isMain = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        var errors = (await impossible.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes");
        Assert.Equal("vital.impossible", errors.GetProperty("systolic")[0].GetString());
        Assert.Equal("vital.impossible", errors.GetProperty("temperatureC")[0].GetString());

        var unusual = await client.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 220, diastolic = 130, diagnoses = new[] { new { code = "Z00.0", isMain = true } } });
        Assert.Equal(HttpStatusCode.Created, unusual.StatusCode);
        var flags = (await unusual.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(["systolic", "diastolic"], flags);
        Assert.Equal(1, await TestDatabase.CountAsync<Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_health_record_keeps_every_version_and_refuses_a_stale_save(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();

        async Task<HttpResponseMessage> Save(string etag, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}/health-record") { Content = JsonContent.Create(body, options: TestPeople.Json) };
            request.Headers.IfMatch.ParseAdd(etag);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.OK, (await Save("\"0\"", new { tobacco = "Current", allergyDrugs = "Penicillin", chronicConditionCodes = "I10" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Save("\"1\"", new { tobacco = "Former", allergyDrugs = "Penicillin" })).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Save("\"1\"", new { tobacco = "Never" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Save("\"2\"", new { chronicConditionCodes = "X99.99" })).StatusCode);

        var current = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/health-record");
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("Former", current.GetProperty("record").GetProperty("tobacco").GetString());
        Assert.True(current.GetProperty("hasAllergies").GetBoolean());
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/health-record/history");
        Assert.Equal(["Former", "Current"], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("record").GetProperty("tobacco").GetString()).ToList());
    }
}
