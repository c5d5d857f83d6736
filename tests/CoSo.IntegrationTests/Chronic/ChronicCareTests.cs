using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Chronic;

public sealed class ChronicCareTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hypertension_diagnosis_at_a_visit_proposes_the_resident_until_enrolled(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var visit = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { systolic = 160, diastolic = 100, diagnoses = new[] { new { code = "I10", isMain = true } } });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);

        var candidates = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/candidates?stationId={app.Org.StationA.Id}");
        var mine = candidates.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("personId").GetGuid() == personId);
        Assert.Equal("Hypertension", mine.GetProperty("programme").GetString());

        var enrol = await a.PostAsJsonAsync($"/api/v1/chronic/people/{personId}/enrolments", new { programme = "Hypertension", baselineSystolic = 160, baselineDiastolic = 100 }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, enrol.StatusCode);
        var body = await enrol.Content.ReadFromJsonAsync<JsonElement>();
        // Default appointment: registration (today) + the protocol's 30 days.
        Assert.Equal(ChronicApi.Iso(ChronicApi.Today.AddDays(30)), body.GetProperty("nextAppointment").GetString());
        Assert.Equal("htn-hearts-2026", body.GetProperty("protocolCode").GetString());

        candidates = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/candidates?stationId={app.Org.StationA.Id}");
        Assert.DoesNotContain(personId, candidates.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("personId").GetGuid()));
        var again = await a.PostAsJsonAsync($"/api/v1/chronic/people/{personId}/enrolments", new { programme = "Hypertension" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_with_raised_bp_whose_step_up_the_clinician_confirms_books_the_next_visit_and_counts_in_the_indicators(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { systolic = 150, diastolic = 92, adherence = "Good", acceptSuggestion = true }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("protocolStep").GetInt32());
        Assert.Equal(ChronicApi.Iso(ChronicApi.Today.AddDays(30)), body.GetProperty("nextAppointment").GetString());
        var drugs = body.GetProperty("visit").GetProperty("prescriptions").EnumerateArray().Select(p => p.GetProperty("drug").GetString() + " " + p.GetProperty("strength").GetString()).ToList();
        Assert.Equal(["Amlodipine 10 mg"], drugs);
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));

        var card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/people/{personId}/card");
        Assert.Equal([150, 150], card.GetProperty("readings").EnumerateArray().Select(r => r.GetProperty("systolic").GetInt32()));

        // Registered 6 months ago, seen today at 150/92 → uncontrolled this month.
        var month = ChronicApi.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var uncontrolled = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/indicators/uncontrolled/patients?programme=Hypertension&month={month}&unitId={app.Org.StationA.Id}");
        Assert.Contains(personId, uncontrolled.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("personId").GetGuid()));
        var report = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/indicators?programme=Hypertension&months=12&unitId={app.Org.StationA.Id}");
        Assert.Equal(12, report.GetProperty("total").GetArrayLength());
        var last = report.GetProperty("total")[11].GetProperty("figures");
        var parts = new[] { "controlled", "uncontrolled", "visitNoMeasure", "missedVisit" }.Sum(n => last.GetProperty(n).GetProperty("numerator").GetInt32());
        Assert.Equal(last.GetProperty("controlled").GetProperty("denominator").GetInt32(), parts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Exports_are_excel_workbooks(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        foreach (var url in new[] { "/api/v1/chronic/overdue.xlsx", "/api/v1/chronic/indicators.xlsx?programme=Hypertension" })
        {
            var response = await a.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal((byte)'P', bytes[0]);
            Assert.Equal((byte)'K', bytes[1]);
        }

        // Phone numbers stay text, with their leading 0 (they were written as numbers and lost it).
        using var book = new ClosedXML.Excel.XLWorkbook(await (await a.GetAsync("/api/v1/chronic/overdue.xlsx")).Content.ReadAsStreamAsync());
        var phones = book.Worksheet(1).Column(2).CellsUsed().Skip(1).ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, c => Assert.StartsWith("0", c.GetString(), StringComparison.Ordinal));
    }
}
