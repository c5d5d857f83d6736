using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Indicators;

[Collection(CoSoAppGroup.Name)]
public sealed class DashboardTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Station_staff_see_the_targets_with_no_data_shown_as_such_and_open_the_residents_behind_a_figure()
    {
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.OfDate(VietnamClock.Today(TimeProvider.System)));
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/chi-tieu");

        await Expect(page.TestId("indicator-T9").Locator("[data-testid='indicator-value']")).ToHaveTextAsync("Chưa có dữ liệu");
        await Expect(page.TestId("indicator-T1").Locator("[data-testid='indicator-value']")).ToContainTextAsync("%");
        await Expect(page.TestId("indicator-T1").Locator("[data-testid='sparkline']")).ToHaveCountAsync(1);
        // The test station has no population figure: T1 is judged on the registry, and the card says so.
        await Expect(page.TestId("indicator-T1").Locator("[data-testid='indicator-population']")).ToHaveTextAsync("trên sổ quản lý (chưa có số liệu dân số)");
        await page.ScreenshotAsync("indicators-dashboard");

        await page.TestId("indicator-T1").Locator("td").Nth(3).Locator("a").Last.ClickAsync();
        await Expect(page.TestId("indicator-residents").Locator("tr").First).ToBeVisibleAsync();
    }
}
