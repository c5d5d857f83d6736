using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Pharmacy;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Pharmacy;

[Collection(CoSoAppGroup.Name)]
public sealed class StockPageTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_delivery_typed_the_vietnamese_way_is_received_corrected_and_reported_for_the_month()
    {
        var lotNumber = "KG" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var today = VietnamClock.Today(TimeProvider.System);
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/kho-thuoc");
        await Expect(page.Locator("h1")).ToContainTextAsync("Trạm Y tế Thử Một");
        await page.TestId("stock-receive-open").ClickAsync();

        // Typed without accents ("kem" for "Kẽm"); Enter in the picker picks the drug and does not send the receipt.
        await page.Input("receive-drug").FillAsync("kem gluco");
        var option = page.Locator(".mud-popover-open [data-testid='receive-drug-option']").Filter(new() { HasText = "Kẽm gluconat" });
        await Expect(option).ToHaveCountAsync(1);
        await page.Input("receive-drug").PressAsync("Enter");
        await Expect(page.Input("receive-drug")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Kẽm gluconat"));
        await Expect(page.TestId("receive-form")).ToBeVisibleAsync();
        await Expect(page.TestId("stock-message")).ToHaveCountAsync(0);
        await Expect(page.TestId("receive-form").Locator(".coso-error")).ToHaveCountAsync(0);

        await page.Input("receive-lot").FillAsync(lotNumber);
        await page.Input("receive-expiry").FillAsync("31/12/2027");
        await page.Input("receive-quantity").FillAsync("200");
        // A price: "1.250" is one thousand two hundred and fifty đồng, as Vietnamese write it.
        await page.Input("receive-price").FillAsync("1.250");
        await page.Input("receive-supplier").FillAsync("Công ty Dược phẩm Thử");
        await page.Input("receive-invoice").FillAsync("HĐ-0001");
        await Expect(page.Input("receive-date")).ToHaveValueAsync(today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync("stock-receive");
        await page.TestId("receive-save").ClickAsync();

        await Expect(page.TestId("stock-message")).ToContainTextAsync(lotNumber);
        var row = page.Locator($"[data-testid='lot-row'][data-lot-number='{lotNumber}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Kẽm gluconat");
        await Expect(row.Locator("[data-testid='lot-expiry']")).ToContainTextAsync("31/12/2027");
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("200");
        await Expect(row.Locator("[data-testid='lot-price']")).ToHaveTextAsync("1.250");
        await Expect(row.Locator("[data-testid='lot-value']")).ToHaveTextAsync("250.000");
        // 200 tablets is below the formulary's minimum of 300 for zinc.
        await Expect(page.Locator("[data-testid='below-minimum-row'][data-drug='ZINC10'] [data-testid='below-minimum-onhand']")).ToHaveTextAsync("200");

        // A count finds 5 fewer: −5 with a reason.
        await row.Locator("[data-testid='lot-adjust']").ClickAsync();
        await Expect(page.TestId("lot-action")).ToBeVisibleAsync();
        await page.Input("action-quantity").FillAsync("-5");
        await page.Input("action-reason").FillAsync("Kiểm kê thiếu 5 viên");
        await page.ScreenshotAsync("stock-adjust");
        await page.TestId("action-save").ClickAsync();
        await Expect(page.TestId("lot-action")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("195");
        await Expect(page.TestId("stock-message")).ToContainTextAsync("195");
        await page.ScreenshotAsync("stock");

        await page.TestId("stock-report-link").ClickAsync();
        await Expect(page.TestId("report-title")).ToHaveTextAsync($"Báo cáo xuất – nhập – tồn tháng {today.Month:00}/{today.Year}");
        var reportRow = page.Locator($"[data-testid='report-row'][data-lot='{lotNumber}']");
        await Expect(reportRow).ToHaveCountAsync(1);
        await Expect(reportRow.Locator("[data-testid='rep-opening']")).ToHaveTextAsync("0");
        await Expect(reportRow.Locator("[data-testid='rep-received']")).ToHaveTextAsync("200");
        await Expect(reportRow.Locator("[data-testid='rep-dispensed']")).ToHaveTextAsync("0");
        await Expect(reportRow.Locator("[data-testid='rep-other']")).ToHaveTextAsync("5");
        await Expect(reportRow.Locator("[data-testid='rep-closing']")).ToHaveTextAsync("195");
        await Expect(reportRow.Locator("[data-testid='rep-value']")).ToHaveTextAsync("243.750");
        await Expect(page.TestId("report-total")).ToBeVisibleAsync();
        await page.ScreenshotAsync("stock-report");

        // The Excel file of the same month and station.
        var href = await page.TestId("report-excel").GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Contains($"month={today.Year}-{today.Month:00}", href, StringComparison.Ordinal);
        Assert.Contains($"stationId={App.Data.StationA}", href, StringComparison.Ordinal);
        var excel = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, excel.Status);
        Assert.Contains("spreadsheetml", excel.Headers["content-type"], StringComparison.Ordinal);
        Assert.True((await excel.BodyAsync()).Length > 1000);

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var lot = await db.Set<StockLot>().AsNoTracking().SingleAsync(l => l.StationId == App.Data.StationA && l.LotNumber == lotNumber);
        Assert.Equal(195m, lot.Quantity);
        Assert.Equal(1250m, lot.UnitPrice);
        Assert.Equal(new DateOnly(2027, 12, 31), lot.ExpiryDate);
        Assert.Equal("ZINC10", lot.DrugCode);
    }

    [Fact]
    public async Task A_fractional_quantity_or_an_impossible_date_blocks_the_receipt_and_a_lot_is_transferred_and_returned_with_its_price()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/kho-thuoc");
        await page.TestId("stock-receive-open").ClickAsync();
        await page.Input("receive-drug").FillAsync("paracetamol 500");
        await Expect(page.Locator(".mud-popover-open [data-testid='receive-drug-option']").First).ToBeVisibleAsync();
        await page.Input("receive-drug").PressAsync("Enter");
        var lotNumber = "PA" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await page.Input("receive-lot").FillAsync(lotNumber);
        await page.Input("receive-expiry").FillAsync("31/13/2027");
        await page.Input("receive-quantity").FillAsync("1,5");
        await page.Input("receive-price").FillAsync("315,5");
        await page.TestId("receive-save").ClickAsync();

        // Half a tablet and the 13th month: refused on the fields, nothing saved.
        await Expect(page.TestId("quantity-hint")).ToBeVisibleAsync();
        await Expect(page.TestId("receive-errors")).ToContainTextAsync("Hạn dùng");
        await Expect(page.TestId("stock-message")).ToHaveCountAsync(0);

        // Expires in 60 days: kept, but highlighted and listed as near expiry.
        var expiry = VietnamClock.Today(TimeProvider.System).AddDays(60);
        await page.Input("receive-expiry").FillAsync(expiry.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.Input("receive-quantity").FillAsync("1000");
        await page.TestId("receive-save").ClickAsync();
        await Expect(page.TestId("stock-message")).ToBeVisibleAsync();

        var row = page.Locator($"[data-testid='lot-row'][data-lot-number='{lotNumber}']");
        await Expect(row.Locator("[data-testid='lot-price']")).ToHaveTextAsync("315,5");
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("1.000");
        await Expect(row).ToHaveAttributeAsync("data-state", "near");
        await Expect(row.Locator("[data-testid='lot-expiry']")).ToContainTextAsync("còn 60 ngày");
        await Expect(page.Locator($"[data-testid='near-expiry-row'][data-lot='{await row.GetAttributeAsync("data-lot")}']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("stock-near-expiry");

        // 100 to the neighbouring station, then 50 back to the supplier.
        await row.Locator("[data-testid='lot-transfer']").ClickAsync();
        await page.TestId("lot-action").Locator(".mud-select").First.ClickAsync();
        var station = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Trạm Y tế Thử Hai" }).First;
        await Expect(station).ToBeVisibleAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Trạm Y tế Thử Một" })).ToHaveCountAsync(0);
        await station.ClickAsync();
        await page.Input("action-quantity").FillSettledAsync("100");
        await page.TestId("action-save").ClickAsync();
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("900");

        await row.Locator("[data-testid='lot-return']").ClickAsync();
        await page.Input("action-quantity").FillSettledAsync("50");
        await page.TestId("action-save").ClickAsync();
        await Expect(page.TestId("reason-hint")).ToContainTextAsync("Cần ghi lý do");
        await page.Input("action-reason").FillSettledAsync("Hộp móp, trả nhà cung cấp");
        await page.TestId("action-save").ClickAsync();
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("850");

        await row.Locator("[data-testid='lot-adjust']").ClickAsync();
        await page.Input("action-quantity").FillAsync("-1");
        await page.TestId("action-save").ClickAsync();
        await Expect(page.TestId("reason-hint")).ToContainTextAsync("Cần ghi lý do");
        await Expect(page.TestId("lot-action")).ToBeVisibleAsync();
        await Expect(row.Locator("[data-testid='lot-quantity']")).ToHaveTextAsync("850");

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var lots = await db.Set<StockLot>().AsNoTracking().Where(l => l.LotNumber == lotNumber).ToListAsync();
        Assert.Equal(850m, lots.Single(l => l.StationId == App.Data.StationA).Quantity);
        var arrived = lots.Single(l => l.StationId == App.Data.StationB);
        Assert.Equal(100m, arrived.Quantity);
        Assert.Equal(315.5m, arrived.UnitPrice);
    }
}
