using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Immunization;

// The HepB birth dose "trong vòng 24 giờ sau khi sinh" (TT 10/2024, TT 52/2025): the time of birth (on the resident) and
// the time of the dose are recorded through the API, and the coverage indicators hepb-birth-24h, hepb-birth-over-24h and
// hepb-birth-time-unknown count the hours between them (docs/indicators.md).
public sealed class BirthDoseTimeTests
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_birth_dose_is_counted_within_24_hours_by_the_recorded_times(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var born = Today.AddDays(-2);

        // Born 01:00, dose 09:00 the next day = 32 h; born 23:00, dose 22:00 the next day = 23 h; no times, the next day.
        var late = await Register(a, app.Org.VillageA1.Id, "Đỗ Văn", born, "01:00");
        var within = await Register(a, app.Org.VillageA1.Id, "Đỗ Thị", born, "23:00");
        var untimed = await Register(a, app.Org.VillageA1.Id, "Đỗ Minh", born, null);
        await Dose(a, late, born.AddDays(1), "09:00");
        await Dose(a, within, born.AddDays(1), "22:00");
        await Dose(a, untimed, born.AddDays(1), null);

        var person = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{late}");
        Assert.Equal("01:00:00", person.GetProperty("birthTime").GetString());
        var card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/people/{late}/doses");
        Assert.Equal("09:00:00", card.GetProperty("doses")[0].GetProperty("givenTime").GetString());
        Assert.Equal("01:00:00", card.GetProperty("birthTime").GetString());
        Assert.StartsWith("TT ", card.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);

        var counted24 = await Counted(a, app.Org.StationA.Id, "hepb-birth-24h", born);
        var countedOver = await Counted(a, app.Org.StationA.Id, "hepb-birth-over-24h", born);
        var countedUnknown = await Counted(a, app.Org.StationA.Id, "hepb-birth-time-unknown", born);
        Assert.Equal((false, true, false), (counted24[late], countedOver[late], countedUnknown[late]));
        Assert.Equal((true, false, false), (counted24[within], countedOver[within], countedUnknown[within]));
        Assert.Equal((false, false, true), (counted24[untimed], countedOver[untimed], countedUnknown[untimed]));

        // The area report carries the three counts, adding the stations up.
        using var admin = await app.LoginAsync("admin");
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/units/{app.Org.Department.Id}/coverage?year={born.Year}&month={born.Month}");
        var codes = report.GetProperty("total").GetProperty("month").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Equal(["hepb-birth-24h", "hepb-birth-over-24h", "hepb-birth-time-unknown"], codes.Where(c => c!.StartsWith("hepb", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_time_without_its_date_or_a_dose_timed_before_the_birth_is_refused(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");

        var yearOnly = await a.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = TestPeople.UniqueName("Phan Văn"), birthYear = 2020, birthTime = "08:00", sex = "Male", villageId = app.Org.VillageA1.Id, ethnicityCode = "01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, yearOnly.StatusCode);
        Assert.Contains("birthTime", await yearOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var born = Today.AddDays(-1);
        var child = await Register(a, app.Org.VillageA1.Id, "Phan Thị", born, "10:30");
        var early = await a.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "HepB-birth", givenOn = Iso(born), givenTime = "09:15" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var problem = await early.Content.ReadAsStringAsync();
        Assert.Contains("givenTime", problem, StringComparison.Ordinal);
        Assert.Contains("immunization.dose.beforeBirthTime", problem, StringComparison.Ordinal);

        // The same dose an hour after the birth is recorded.
        await Dose(a, child, born, "11:30");
    }

    private static async Task<Dictionary<Guid, bool>> Counted(HttpClient a, Guid station, string code, DateOnly month)
    {
        var drill = await a.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/stations/{station}/coverage/{code}?year={month.Year}&month={month.Month}");
        return drill.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("personId").GetGuid(), c => c.GetProperty("counted").GetBoolean());
    }

    private static async Task Dose(HttpClient a, Guid child, DateOnly on, string? time)
    {
        var response = await a.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "HepB-birth", givenOn = Iso(on), givenTime = time, lotNumber = "VGB-01", lotExpiry = Iso(Today.AddYears(1)) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<Guid> Register(HttpClient client, Guid villageId, string family, DateOnly birth, string? time)
    {
        var body = await TestPeople.RegisterAsync(client, new
        {
            fullName = TestPeople.UniqueName(family), birthDate = Iso(birth), birthTime = time, sex = "Male", villageId, ethnicityCode = "01",
        });
        return body.GetProperty("id").GetGuid();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
