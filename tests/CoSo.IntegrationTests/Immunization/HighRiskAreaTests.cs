using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Immunization;

public sealed class HighRiskAreaTests
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cholera_is_asked_for_only_at_a_station_marked_as_a_high_risk_area(string provider)
    {
        var app = await Apps.Get(provider);
        using var b = await app.LoginAsync("b1");
        using var admin = await app.LoginAsync("admin");

        // A station user may not mark its own commune; the administrator (district and above) may.
        Assert.Equal(HttpStatusCode.Forbidden, (await b.PutAsJsonAsync($"/api/v1/immunization/high-risk-areas/{app.Org.StationB.Id}", new { highRisk = true })).StatusCode);
        var marked = await admin.PutAsJsonAsync($"/api/v1/immunization/high-risk-areas/{app.Org.StationB.Id}", new { highRisk = true, note = "Kế hoạch phòng chống dịch tả" });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var list = await b.GetFromJsonAsync<JsonElement>("/api/v1/immunization/high-risk-areas");
        Assert.True(list.EnumerateArray().Single(s => s.GetProperty("stationId").GetGuid() == app.Org.StationB.Id).GetProperty("highRisk").GetBoolean());

        // Two children aged 2 years and 1 month: TT 38 gives oral cholera to children 2-5 years in high-risk areas only,
        // so dose 1 (from the second birthday, a month ago) is due or overdue at B and absent at A.
        var born = Today.AddYears(-2).AddMonths(-1);
        var atB = await Register(b, app.Org.VillageB1.Id, born);
        using var a = await app.LoginAsync("a1");
        var atA = await Register(a, app.Org.VillageA2.Id, born);

        var needsB = await NeedsAsync(b, app.Org.StationB.Id, app.Org.VillageB1.Id, atB);
        var needsA = await NeedsAsync(a, app.Org.StationA.Id, app.Org.VillageA2.Id, atA);
        Assert.Contains(("Cholera", 1), needsB);
        Assert.DoesNotContain(needsA, n => n.Vaccine == "Cholera");
        Assert.Contains(("MR", 1), needsA); // both children are otherwise on the routine schedule (MR from 18 months)

        var cardB = await b.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/people/{atB}/doses");
        // Typhoid from 3 years (TT 38: 3-10 years in high-risk areas): upcoming at B; statuses are the contract's words.
        var typhoid = cardB.GetProperty("schedule").EnumerateArray().Single(e => e.GetProperty("vaccine").GetString() == "Typhoid");
        Assert.Equal(("upcoming", Iso(born.AddYears(3))), (typhoid.GetProperty("status").GetString(), typhoid.GetProperty("recommendedDate").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/immunization/high-risk-areas/{app.Org.StationB.Id}", new { highRisk = false })).StatusCode);
        Assert.DoesNotContain(await NeedsAsync(b, app.Org.StationB.Id, app.Org.VillageB1.Id, atB), n => n.Vaccine == "Cholera");
    }

    private static async Task<List<(string? Vaccine, int Dose)>> NeedsAsync(HttpClient client, Guid station, Guid village, Guid child)
    {
        var session = await (await client.PostAsJsonAsync("/api/v1/immunization/sessions", new { stationId = station, date = Iso(Today), villageIds = new[] { village } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var due = await client.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/sessions/{session.GetProperty("id").GetGuid()}/due");
        return due.GetProperty("villages").EnumerateArray().SelectMany(v => v.GetProperty("children").EnumerateArray())
            .Single(c => c.GetProperty("personId").GetGuid() == child)
            .GetProperty("needs").EnumerateArray().Select(n => (n.GetProperty("vaccine").GetString(), n.GetProperty("dose").GetInt32())).ToList();
    }

    private static async Task<Guid> Register(HttpClient client, Guid village, DateOnly born) =>
        (await TestPeople.RegisterAsync(client, new { fullName = TestPeople.UniqueName("Lò Văn"), birthDate = Iso(born), sex = "Male", villageId = village, ethnicityCode = "01" }))
            .GetProperty("id").GetGuid();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
