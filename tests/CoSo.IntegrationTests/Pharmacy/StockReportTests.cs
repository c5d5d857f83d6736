using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Pharmacy;

public sealed class StockReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_month_s_report_balances_opening_receipts_dispensing_other_issues_and_closing_by_lot(string provider)
    {
        var app = await Apps.Get(provider);
        using var b = await app.LoginAsync("b1");
        const string drug = "BISO5";
        var lot = await StockApi.ReceiveAsync(b, drug, 200, Chronic.ChronicApi.Today.AddYears(2), 650);
        var lotId = lot.GetProperty("id").GetGuid();
        var personId = (await TestPeople.RegisterAsync(b, TestPeople.Input(app.Org.VillageB1.Id))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await b.PostAsJsonAsync($"/api/v1/people/{personId}/visits", StockApi.DispensingVisit(drug, 1, 30, "I10"), TestPeople.Json)).StatusCode);
        using (var adjust = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/stock/lots/{lotId}/adjustments") { Content = JsonContent.Create(new { delta = -5, reason = "Vỡ vỉ khi kiểm kê" }) })
        {
            adjust.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
            var adjusted = await b.SendAsync(adjust);
            Assert.Equal(HttpStatusCode.OK, adjusted.StatusCode);
        }

        using (var transfer = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/stock/lots/{lotId}/issues") { Content = JsonContent.Create(new { quantity = 15, toStationId = app.Org.StationA.Id, reason = "Hỗ trợ trạm A" }) })
        {
            transfer.Headers.TryAddWithoutValidation("If-Match", "\"3\"");
            Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(transfer)).StatusCode);
        }

        var month = Chronic.ChronicApi.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var report = await b.GetFromJsonAsync<JsonElement>($"/api/v1/stock/report?month={month}");
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("lotNumber").GetString() == lot.GetProperty("lotNumber").GetString());
        Assert.Equal(0m, row.GetProperty("opening").GetDecimal());
        Assert.Equal(200m, row.GetProperty("received").GetDecimal());
        Assert.Equal(30m, row.GetProperty("dispensed").GetDecimal());
        Assert.Equal(20m, row.GetProperty("otherIssued").GetDecimal());
        Assert.Equal(150m, row.GetProperty("closing").GetDecimal());
        Assert.Equal(150m * 650m, row.GetProperty("closingValue").GetDecimal());

        // Next month opens with this month's closing and nothing moved yet.
        var next = Chronic.ChronicApi.Today.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var later = await b.GetFromJsonAsync<JsonElement>($"/api/v1/stock/report?month={next}");
        var carried = later.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("lotNumber").GetString() == lot.GetProperty("lotNumber").GetString());
        Assert.Equal((150m, 0m, 150m), (carried.GetProperty("opening").GetDecimal(), carried.GetProperty("received").GetDecimal(), carried.GetProperty("closing").GetDecimal()));

        // Station A received the transfer as a lot of its own.
        using var a = await app.LoginAsync("a1");
        var atA = (await a.GetFromJsonAsync<JsonElement>($"/api/v1/stock/lots?drugCode={drug}")).EnumerateArray().Single(l => l.GetProperty("lotNumber").GetString() == lot.GetProperty("lotNumber").GetString());
        Assert.Equal(15m, atA.GetProperty("quantity").GetDecimal());

        var xlsx = await b.GetAsync($"/api/v1/stock/report.xlsx?month={month}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        Assert.Equal("Tồn cuối kỳ", sheet.Cell(4, 11).GetString());
        var excelRow = sheet.RowsUsed().Single(r => r.Cell(4).GetString() == lot.GetProperty("lotNumber").GetString());
        Assert.Equal(150, excelRow.Cell(11).GetDouble());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_adjustment_without_a_reason_or_below_zero_is_refused_and_a_stale_version_conflicts(string provider)
    {
        var app = await Apps.Get(provider);
        using var b = await app.LoginAsync("b1");
        var lot = await StockApi.ReceiveAsync(b, "ENAL5", 10, Chronic.ChronicApi.Today.AddYears(1));
        var lotId = lot.GetProperty("id").GetGuid();

        async Task<HttpResponseMessage> Adjust(object body, string etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/stock/lots/{lotId}/adjustments") { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return await b.SendAsync(request);
        }

        var noReason = await Adjust(new { delta = -1, reason = "" }, "\"1\"");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        var belowZero = await Adjust(new { delta = -11, reason = "Kiểm kê" }, "\"1\"");
        Assert.Equal(HttpStatusCode.BadRequest, belowZero.StatusCode);
        Assert.True((await belowZero.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("delta", out _));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Adjust(new { delta = -1, reason = "Kiểm kê" }, "\"9\"")).StatusCode);
        Assert.Equal(10m, await StockApi.OnHandAsync(b, "ENAL5"));
    }
}
