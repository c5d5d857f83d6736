using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 8 (docs/security.md, "Input limits and exports"): type and shape errors of a JSON body (security
// finding B13) are field-level ProblemDetails in the request's language, like every other validation error.
public sealed class InputShapeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_with_a_birth_date_that_is_not_a_date_gets_a_field_message_in_Vietnamese_and_in_English(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Sai Kiểu");
        var body = Person(app, name, birthDate: "\"abc\"");

        var vi = await PostRawAsync(a, "/api/v1/people", body, null);
        Assert.Equal(HttpStatusCode.BadRequest, vi.Status);
        Assert.Equal("request.type.date", Code(vi.Json, "birthDate"));
        Assert.StartsWith("Ngày không hợp lệ", Message(vi.Json, "birthDate"), StringComparison.Ordinal);
        Assert.Equal("Dữ liệu không hợp lệ.", vi.Json.GetProperty("title").GetString());
        Assert.DoesNotContain("PersonInput", vi.Text, StringComparison.Ordinal); // no internal type names, no framework text
        Assert.DoesNotContain("Failed to read", vi.Text, StringComparison.Ordinal);

        var en = await PostRawAsync(a, "/api/v1/people", body, "en");
        Assert.Equal(HttpStatusCode.BadRequest, en.Status);
        Assert.StartsWith("Not a valid date", Message(en.Json, "birthDate"), StringComparison.Ordinal);

        // 30 February parses as a string but is no date: the same field message.
        var feb30 = await PostRawAsync(a, "/api/v1/people", Person(app, name, birthDate: "\"2026-02-30\""), null);
        Assert.Equal("request.type.date", Code(feb30.Json, "birthDate"));
        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.CountAsync(p => p.FullName == name)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_kind_of_wrong_value_is_named_by_its_field(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Sai Kiểu");

        var sex = await PostRawAsync(a, "/api/v1/people", Person(app, name, sex: "\"X\""), null);
        Assert.Equal("request.type.choice", Code(sex.Json, "sex"));
        Assert.Contains("Male", Message(sex.Json, "sex"), StringComparison.Ordinal);

        var village = await PostRawAsync(a, "/api/v1/people", Person(app, name, village: "\"not-a-guid\""), null);
        Assert.Equal("request.type.id", Code(village.Json, "villageId"));

        var year = await PostRawAsync(a, "/api/v1/people", Person(app, name, birthDate: "null", extra: ",\"birthYear\":1099511627776"), "en");
        Assert.Equal("request.type.integer", Code(year.Json, "birthYear"));
        Assert.Equal("Must be a whole number.", Message(year.Json, "birthYear"));

        // A visit with text where a number goes, and one inside a prescription line.
        var person = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var visits = $"/api/v1/people/{person}/visits";
        var systolic = await PostRawAsync(a, visits, """{"systolic":"cao","diastolic":80,"diagnoses":[{"code":"I10","isMain":true}]}""", null);
        Assert.Equal(HttpStatusCode.BadRequest, systolic.Status);
        Assert.Equal("request.type.integer", Code(systolic.Json, "systolic"));
        Assert.Equal("Phải là một số nguyên.", Message(systolic.Json, "systolic"));

        var line = await PostRawAsync(a, visits, """{"diagnoses":[{"code":"J06.9","isMain":true}],"prescriptions":[{"drug":"Paracetamol","quantity":10,"days":3},{"drug":"Vitamin C","quantity":"mười","days":3}]}""", null);
        Assert.Equal("request.type.number", Code(line.Json, "prescriptions[1].quantity"));

        var quantity = await PostRawAsync(a, visits, """{"diagnoses":[{"code":"J06.9","isMain":true}],"prescriptions":[{"drug":"Paracetamol","quantity":1e30,"days":3}]}""", null);
        Assert.Equal("request.type.number", Code(quantity.Json, "prescriptions[0].quantity"));

        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.CountAsync(p => p.FullName == name)));
        Assert.Equal(0, await TestDatabase.CountAsync<Core.Encounters.Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == person)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_body_that_is_not_JSON_an_array_or_nothing_is_a_message_on_the_body(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");

        var truncated = await PostRawAsync(a, "/api/v1/people", """{"fullName":"Nguyễn Văn Cụt","sex":"Ma""", null);
        Assert.Equal(HttpStatusCode.BadRequest, truncated.Status);
        Assert.Equal("request.json", Code(truncated.Json, "sex"));
        Assert.StartsWith("Nội dung JSON không đọc được", Message(truncated.Json, "sex"), StringComparison.Ordinal);

        var array = await PostRawAsync(a, "/api/v1/people", "[1,2,3]", "en");
        Assert.Equal("request.type.object", Code(array.Json, "body"));
        Assert.Equal("Must be a JSON object { … }.", Message(array.Json, "body"));

        var deep = await PostRawAsync(a, "/api/v1/people", "{\"addressLine\":" + new string('[', 5_000) + new string(']', 5_000) + "}", null);
        Assert.Equal(HttpStatusCode.BadRequest, deep.Status);
        // Either the reader's depth limit or the type of addressLine answers first; both are a message on that field.
        Assert.Contains(Code(deep.Json, "addressLine"), new[] { "request.json", "request.type.text" });

        using var empty = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = new StringContent(string.Empty, Encoding.UTF8, "application/json") };
        var none = await a.SendAsync(empty);
        var noneJson = await none.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("request.bodyMissing", Code(noneJson, "body"));
        Assert.Equal("Thiếu nội dung yêu cầu (JSON).", Message(noneJson, "body"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_query_value_of_the_wrong_type_is_a_message_on_the_parameter(string provider)
    {
        var app = await Apps.Get(provider);
        using var admin = await app.LoginAsync("admin");
        var response = await admin.GetAsync("/api/v1/workforce/cme?date=abc");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.type.date", Code(json, "date"));
    }

    internal static string Person(CoSoApp app, string name, string? birthDate = null, string? sex = null, string? village = null, string extra = "") =>
        $$"""{"fullName":"{{name}}","birthDate":{{birthDate ?? "\"1970-03-04\""}},"sex":{{sex ?? "\"Female\""}},"villageId":{{village ?? "\"" + app.Org.VillageA1.Id + "\""}}{{extra}}}""";

    internal static async Task<(HttpStatusCode Status, JsonElement Json, string Text)> PostRawAsync(HttpClient client, string url, string json, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    internal static string? Code(JsonElement problem, string field) =>
        problem.TryGetProperty("codes", out var codes) && codes.TryGetProperty(field, out var c) ? c[0].GetString() : "(no code for " + field + " in " + problem + ")";

    internal static string? Message(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var e) ? e[0].GetString() : "(no message for " + field + ")";
}
