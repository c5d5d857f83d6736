using CoSo.BrowserTests.Infrastructure;
using CoSo.Data.Common;
using CoSo.Data.Facilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Workforce;

[Collection(CoSoAppGroup.Name)]
public sealed class WorkforcePagesTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_clinician_sees_the_staffing_of_the_own_station_only_and_the_gap_views()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.TestId("nav-more").ClickAsync();
        await page.TestId("nav-workforce").ClickAsync();

        await Expect(page.TestId("wf-staffing")).ToContainTextAsync("Trạm Y tế Thử Một");
        await Expect(page.TestId("wf-staffing")).Not.ToContainTextAsync("Trạm Y tế Thử Hai");
        await page.ScreenshotAsync("workforce");

        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CriteriaService>().ImportAsync(await File.ReadAllTextAsync(DataFiles.PathOf("facilities/criteria-example-qd4667.json")));
        }

        await page.GotoAsync("/co-so");
        await Expect(page.TestId("gap-noPermanentDoctor")).ToContainTextAsync("Trạm Y tế Thử Một");
        await Expect(page.TestId("fac-example")).ToBeVisibleAsync();
        await page.ScreenshotAsync("facilities-gaps");

        // A manual indicator entered and saved scores its points; the auto "doctor present" stays 0 with no staff.
        await page.Input("ind-TC01.1").FillAsync("1");
        await page.TestId("assess-save").ClickAsync();
        await Expect(page.TestId("fac-assessment")).ToContainTextAsync("2 / 2");
        // The example carries QĐ 4667's rule; with no doctor posted, its knock-out item TC02.1 fails and the page says so.
        await Expect(page.TestId("fac-rule")).ToContainTextAsync("tổng điểm > 80 %");
        await Expect(page.TestId("fac-reasons")).ToContainTextAsync("Không đạt điểm liệt: chỉ số TC02.1");
        await Expect(page.TestId("crit-TC02.1")).ToBeVisibleAsync();
        await page.TestId("assess-submit").ClickAsync();
        await Expect(page.TestId("fac-assessment")).ToContainTextAsync("Đã gửi");
        await Expect(page.TestId("assess-approve")).ToHaveCountAsync(0);
        await page.TestId("fac-assessment").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "assessment.png") });
    }
}
