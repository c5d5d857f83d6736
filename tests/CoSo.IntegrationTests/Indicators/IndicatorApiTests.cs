using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using ClosedXML.Excel;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Indicators;

public sealed class IndicatorApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Recomputations_running_at_once_all_succeed_and_leave_one_result_per_unit(string provider)
    {
        // The minute job and an administrator's recompute (or two nodes' requests) can run at the same moment: both read
        // no result for a unit, both insert one. Each must still succeed, and leave one row per (indicator, unit, period).
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id));
        var period = "2025-03";
        var admins = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            admins.Add(await app.LoginAsync("admin"));
        }

        for (var round = 0; round < 2; round++)
        {
            var answers = await Task.WhenAll(admins.Select(c => c.PostAsync($"/api/v1/indicators/recompute?period={period}", null)));
            foreach (var answer in answers)
            {
                Assert.True(answer.StatusCode == HttpStatusCode.OK, $"round {round}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }
        }

        var rows = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<IndicatorResult>().AsNoTracking()
            .Where(r => r.Period == period || r.Period.StartsWith("2025")).Select(r => new { r.IndicatorCode, r.OrgUnitId, r.Period }).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        foreach (var admin in admins)
        {
            admin.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Station_staff_see_their_targets_the_audited_residents_behind_them_and_the_report_but_not_another_station(string provider)
    {
        var app = await Apps.Get(provider);
        var period = Period.OfDate(VietnamClock.Today(TimeProvider.System)).ToString();
        using var a = await app.LoginAsync("a1");
        await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id));
        using var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/indicators/recompute?period={period}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsync($"/api/v1/indicators/recompute?period={period}", null)).StatusCode);

        var dashboard = await a.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/dashboard?orgUnitId={app.Org.StationA.Id}&period={period}", TestPeople.Json);
        var cards = dashboard.GetProperty("indicators").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(12, cards.Count);
        Assert.Equal("Ok", cards["T1"].GetProperty("status").GetString());
        Assert.True(cards["T1"].GetProperty("denominator").GetInt64() >= 1);
        Assert.Equal(12, cards["T1"].GetProperty("trend").GetArrayLength());
        Assert.Equal("NoData", cards["T9"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, cards["T9"].GetProperty("value").ValueKind);
        Assert.Equal("NoData", cards["T9"].GetProperty("light").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/indicators/dashboard?orgUnitId={app.Org.StationB.Id}&period={period}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.GetAsync($"/api/v1/indicators/dashboard?orgUnitId={app.Org.StationA.Id}&period=2026-13")).StatusCode);

        // The resident registered above has a card valid all 2026: in T1's numerator, and its read is audited.
        var list = await a.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/T1/residents?orgUnitId={app.Org.StationA.Id}&period={period}&part=numerator&pageSize=200", TestPeople.Json);
        var listed = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.NotEmpty(listed);
        var audited = 0;
        foreach (var person in listed)
        {
            audited += (await TestDatabase.ReadsOfAsync(app.ConnectionString, person)).Any(x => x.Action == AuditActions.Read && x.UserName == "a1") ? 1 : 0;
        }

        Assert.Equal(listed.Count, audited);
        Assert.True(list.GetProperty("total").GetInt32() >= 1);
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("fullName").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/indicators/T1/residents?orgUnitId={app.Org.StationB.Id}&period={period}&part=numerator")).StatusCode);

        var xlsx = await a.GetAsync($"/api/v1/reports/monthly-commune-report/xlsx?orgUnitId={app.Org.StationA.Id}&period={period}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var wb = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var texts = wb.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Mẫu báo cáo tháng của CoSo (không phải biểu mẫu TT 37/2019)", texts);
        Assert.Contains("Người lập biểu", texts);
        Assert.Contains("Trưởng trạm", texts);
        Assert.Contains(app.Org.StationA.Name, texts);
        Assert.Contains("—", texts); // births, immunization… have no indicator yet
        Assert.Equal(HttpStatusCode.BadRequest, (await a.GetAsync($"/api/v1/reports/no-such-form/xlsx?orgUnitId={app.Org.StationA.Id}&period={period}")).StatusCode);

        var adx = XDocument.Parse(await a.GetStringAsync($"/api/v1/indicators/export/dhis2?orgUnit={app.Org.StationA.Code}&period={period}&format=adx"));
        Assert.Equal(XName.Get("adx", "urn:ihe:qrph:adx:2015"), adx.Root!.Name);
    }
}
