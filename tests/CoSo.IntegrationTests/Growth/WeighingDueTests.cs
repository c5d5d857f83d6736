using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Growth;

/// <summary>
/// The growth-monitoring list (monthly under 2, every 6 months to 5; late after 15 or 30 days) for the station, the
/// village health worker — who sees the village's children with their last measurement, kept by the station — and
/// Excel; and the village worker's vitamin A and family-planning lists.
/// </summary>
public sealed class WeighingDueTests
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_weighing_list_holds_the_children_due_this_week_and_the_late_and_a_village_worker_sees_only_their_village(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (newborn, newbornName) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddDays(-40));     // never weighed: due at 1 month (9–12 days ago), not late
        var (monthly, monthlyName) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddDays(-300));    // weighed 50 days ago: due 20 days ago, late
        var (notYet, _) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddDays(-300));                // weighed 20 days ago: due in 10 days
        var (older, _) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddYears(-3));                 // weighed 190 days ago: due 8 days ago, not late
        var (elsewhere, elsewhereName) = await ChildAsync(a, app.Org.VillageA2.Id, Today.AddDays(-100)); // never weighed, another village: late
        await WeighAsync(a, monthly, Today.AddDays(-50), 8.1m, 70.2m, "Lying");
        await WeighAsync(a, notYet, Today.AddDays(-20), 8.6m, 71.5m, "Lying");
        await WeighAsync(a, older, Today.AddDays(-190), 13.2m, 91.0m, "Standing");

        var station = Rows(await a.GetFromJsonAsync<JsonElement>($"/api/v1/growth/weighing-due?stationId={app.Org.StationA.Id}"));
        Assert.Equal((false, JsonValueKind.Null), (station[newborn].GetProperty("late").GetBoolean(), station[newborn].GetProperty("lastMeasuredOn").ValueKind));
        Assert.Equal((true, Iso(Today.AddDays(-20))), (station[monthly].GetProperty("late").GetBoolean(), station[monthly].GetProperty("dueOn").GetString()));
        Assert.Equal((false, Iso(Today.AddDays(-8))), (station[older].GetProperty("late").GetBoolean(), station[older].GetProperty("dueOn").GetString()));
        Assert.True(station[elsewhere].GetProperty("late").GetBoolean());
        Assert.False(station.ContainsKey(notYet));
        Assert.True(Rows(await a.GetFromJsonAsync<JsonElement>($"/api/v1/growth/weighing-due?stationId={app.Org.StationA.Id}&days=14")).ContainsKey(notYet));

        // The village health worker of Thôn Đông: the village's children with their last weighing, not the other village's.
        using var vhw = await app.LoginAsync("vhw");
        var village = Rows(await vhw.GetFromJsonAsync<JsonElement>("/api/v1/growth/weighing-due"));
        Assert.Equal(Iso(Today.AddDays(-50)), village[monthly].GetProperty("lastMeasuredOn").GetString());
        Assert.Equal(8.1m, village[monthly].GetProperty("lastWeightKg").GetDecimal());
        Assert.Contains(newborn, village.Keys);
        Assert.DoesNotContain(elsewhere, village.Keys);
        Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, monthly), e => e.Action == AuditActions.Read && e.UserName == "vhw");

        // Another station sees none of them.
        using var b = await app.LoginAsync("b1");
        var other = Rows(await b.GetFromJsonAsync<JsonElement>($"/api/v1/growth/weighing-due?stationId={app.Org.StationB.Id}"));
        Assert.DoesNotContain(monthly, other.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/growth/weighing-due?stationId={app.Org.StationA.Id}")).StatusCode);

        // The station's Excel list and the village worker's.
        using (var book = await BookAsync(a, $"/api/v1/growth/weighing-due.xlsx?stationId={app.Org.StationA.Id}"))
        {
            var ws = book.Worksheet(1);
            Assert.Equal(["Thôn", "Họ tên trẻ", "Ngày sinh", "Tháng tuổi", "Lần cân gần nhất", "Cân nặng (kg)", "Phân loại", "Đến hạn", "Quá hạn"], ws.Row(3).CellsUsed().Select(c => c.GetString()));
            var row = ws.RowsUsed().Single(r => r.Cell(2).GetString() == monthlyName);
            Assert.Equal(("Thôn Đông", Today.AddDays(-50).ToDateTime(TimeOnly.MinValue), 8.1, Today.AddDays(-20).ToDateTime(TimeOnly.MinValue), "Quá hạn"),
                (row.Cell(1).GetString(), row.Cell(5).GetDateTime(), row.Cell(6).GetDouble(), row.Cell(8).GetDateTime(), row.Cell(9).GetString()));
            Assert.Equal("Chưa cân đo", ws.RowsUsed().Single(r => r.Cell(2).GetString() == newbornName).Cell(7).GetString());
        }

        using (var book = await BookAsync(vhw, "/api/v1/growth/weighing-due.xlsx"))
        {
            var names = book.Worksheet(1).RowsUsed().Skip(2).Select(r => r.Cell(2).GetString()).ToList();
            Assert.Contains(monthlyName, names);
            Assert.DoesNotContain(elsewhereName, names);
            Assert.StartsWith("Thôn Đông", book.Worksheet(1).Cell(1, 1).GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_worker_sees_the_vitamin_a_doses_and_the_contraceptive_supplies_the_station_gave_in_their_village(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (dosed, _) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddMonths(-10));
        var (waiting, _) = await ChildAsync(a, app.Org.VillageA1.Id, Today.AddMonths(-14));
        var (otherVillage, _) = await ChildAsync(a, app.Org.VillageA2.Id, Today.AddMonths(-10));
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{dosed}/vitamin-a", new { })).StatusCode);
        var woman = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, sex: CoSo.Core.People.Sex.Female, birth: new DateOnly(1995, 4, 2)))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{woman}/family-planning", new { method = "Injectable", quantity = 1 }, TestPeople.Json)).StatusCode);

        using var vhw = await app.LoginAsync("vhw");
        var campaign = (await vhw.GetFromJsonAsync<JsonElement>("/api/v1/nutrition/vitamin-a")).EnumerateArray().ToDictionary(c => c.GetProperty("personId").GetGuid());
        Assert.Equal((Iso(Today), JsonValueKind.Null), (campaign[dosed].GetProperty("lastDose").GetString(), campaign[dosed].GetProperty("dueIu").ValueKind));
        Assert.Equal(200_000, campaign[waiting].GetProperty("dueIu").GetInt32()); // 14 months: 200,000 IU from 12 months (WHO 2011)
        Assert.DoesNotContain(otherVillage, campaign.Keys);

        var due = (await vhw.GetFromJsonAsync<JsonElement>("/api/v1/family-planning/due?days=100")).EnumerateArray().Single(d => d.GetProperty("personId").GetGuid() == woman);
        Assert.Equal(("Injectable", "Thôn Đông"), (due.GetProperty("method").GetString(), due.GetProperty("villageName").GetString()));
    }

    private static Dictionary<Guid, JsonElement> Rows(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("personId").GetGuid());

    private static async Task<(Guid Id, string Name)> ChildAsync(HttpClient client, Guid villageId, DateOnly born)
    {
        var name = TestPeople.UniqueName("Phan Văn");
        var id = (await TestPeople.RegisterAsync(client, new { fullName = name, birthDate = Iso(born), sex = "Male", villageId, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        return (id, name);
    }

    private static async Task WeighAsync(HttpClient client, Guid child, DateOnly on, decimal kg, decimal cm, string position)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(on), weightKg = kg, lengthCm = cm, position }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<XLWorkbook> BookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(await response.Content.ReadAsStreamAsync());
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
