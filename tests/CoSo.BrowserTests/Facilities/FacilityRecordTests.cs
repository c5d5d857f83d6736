using CoSo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Facilities;

[Collection(CoSoAppGroup.Name)]
public sealed class FacilityRecordTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_facility_record_version_saved_in_the_ui_shows_field_errors_first_then_appears_in_the_history()
    {
        // Station B (user B): the workforce test self-assesses station A and must not see this record.
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserB, TestData.Password);
        await page.GotoAsync("/co-so");
        await Expect(page.TestId("fac-record-current")).ToContainTextAsync("chưa có hồ sơ");

        // Too many rooms and a date in the future: each message shows under its own field, nothing is saved.
        await page.Input("fac-rec-rooms").FillAsync("101");
        await page.Input("fac-rec-effective").FillAsync("01/01/2099");
        await page.TestId("fac-rec-save").ClickAsync();
        await Expect(page.Field("fac-rec-rooms")).ToContainTextAsync("Số phòng phải từ 0 đến 100");
        await Expect(page.Field("fac-rec-effective")).ToContainTextAsync("không được sau ngày hôm nay");
        await Expect(page.TestId("fac-history").Locator("tbody tr")).ToHaveCountAsync(0);

        await page.Input("fac-rec-rooms").FillAsync("7");
        await page.Input("fac-rec-effective").FillAsync("15012025");
        await page.GetByLabel("Nước sạch").CheckAsync();
        await page.GetByLabel("Đủ điều kiện KCB BHYT ban đầu").CheckAsync();
        await page.TestId("fac-rec-save").ClickAsync();

        await Expect(page.TestId("fac-rec-saved")).ToBeVisibleAsync();
        await Expect(page.TestId("fac-record-current")).ToContainTextAsync("15/01/2025");
        var row = page.TestId("fac-history-2025-01-15");
        await Expect(row).ToContainTextAsync("Kiên cố");
        await Expect(row).ToContainTextAsync("Nước sạch");
        await Expect(row).ToContainTextAsync("Có");
        await Expect(page.Field("fac-rec-rooms")).Not.ToContainTextAsync("Số phòng phải");
        await page.TestId("fac-station").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "facility-record.png") });
    }

    [Fact]
    public async Task An_equipment_item_is_edited_inline_and_removed_after_confirmation()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserB, TestData.Password);
        await page.GotoAsync("/co-so");
        await page.Input("fac-eq-name").FillAsync("Tủ lạnh bảo quản vắc xin");
        await page.TestId("fac-eq-save").ClickAsync();
        var row = page.TestId("fac-equipment").Locator("tbody tr").Filter(new() { HasText = "Tủ lạnh bảo quản vắc xin" });
        await Expect(row).ToContainTextAsync("Hoạt động tốt");

        await row.Locator("[data-testid^='fac-eq-edit-']").ClickAsync();
        await row.Locator("[data-testid='fac-eq-edit-quantity'] input, input[data-testid='fac-eq-edit-quantity']").First.FillAsync("3");
        await row.Locator(".mud-select").First.ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Cần sửa chữa" }).First;
        await Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        // The choice must have reached the component before saving (a click during the popover's opening is lost).
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var select = row.Locator(".mud-select").First;
        Task<string> Shown() => select.EvaluateAsync<string>("e => e.innerText + '|' + Array.from(e.querySelectorAll('input')).map(i => i.value).join('|')");
        for (var i = 0; i < 50 && !(await Shown()).Contains("Cần sửa chữa", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains("Cần sửa chữa", await Shown(), StringComparison.Ordinal);
        await page.TestId("fac-eq-edit-save").ClickAsync();
        await Expect(row).ToContainTextAsync("Cần sửa chữa");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("3");

        await row.Locator("[data-testid^='fac-eq-remove-']").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Xóa thiết bị" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }
}
