using CoSo.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Workforce;

[Collection(CoSoAppGroup.Name)]
public sealed class WorkforcePagesTests(CoSoApp app)
{
    [Fact]
    public async Task A_clinician_sees_the_staffing_of_the_own_station_only_and_the_gap_views()
    {
        var page = await app.NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.TestId("nav-workforce").ClickAsync();

        await Expect(page.TestId("wf-staffing")).ToContainTextAsync("Trạm Y tế Thử Một");
        await Expect(page.TestId("wf-staffing")).Not.ToContainTextAsync("Trạm Y tế Thử Hai");
        await page.ScreenshotAsync("workforce");

        await page.GotoAsync("/co-so");
        await Expect(page.TestId("gap-noPermanentDoctor")).ToContainTextAsync("Trạm Y tế Thử Một");
        await page.ScreenshotAsync("facilities-gaps");
    }
}
