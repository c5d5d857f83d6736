using System.Text.RegularExpressions;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Growth;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Growth;

/// <summary>
/// A nurse weighs a one-year-old girl at the station, types the numbers the Vietnamese way ("7,4" kg, "66,5" cm) on the
/// child card, and sees the WHO z-scores, "thấp còi" and the child's points on the two WHO charts.
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed partial class GrowthChartTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_weighing_typed_with_decimal_commas_shows_the_z_scores_the_classification_and_the_chart_and_is_stored_exactly()
    {
        // 365 days old today, so the z-scores do not depend on the day the test runs: `coso growth zscores --sex F
        // --birth-date 2024-01-01 --date 2024-12-31 --weight 7.4 --length 66.5` prints waz −1.58, haz −2.91, whz −0.03,
        // baz 0.26, classification ["stunting"].
        var today = VietnamClock.Today(TimeProvider.System);
        Guid child;
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            child = (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = "Đinh Thị Tăng Trưởng", BirthDate = today.AddDays(-365), Sex = Sex.Female, OrgUnitId = App.Data.StationA,
            })).Id;
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/tiem-chung/tre/{child}");
        await Expect(page.TestId("growth-none")).ToBeVisibleAsync();

        await page.Input("growth-weight").FillAsync("7,4");
        await page.Input("growth-length").FillAsync("66,5");
        await Expect(page.Input("growth-weight")).ToHaveValueAsync("7,4");
        await page.TestId("growth-save").ClickAsync();

        var row = page.TestId("growth-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("growth-row-weight")).ToHaveTextAsync("7,4 kg");
        await Expect(row.GetByTestId("growth-row-length")).ToHaveTextAsync("66,5 cm (nằm)");
        await Expect(row.GetByTestId("growth-row-waz")).ToHaveTextAsync("−1,58");
        await Expect(row.GetByTestId("growth-row-haz")).ToHaveTextAsync("−2,91");
        await Expect(row.GetByTestId("growth-row-whz")).ToHaveTextAsync("−0,03");
        await Expect(row.GetByTestId("growth-row-baz")).ToHaveTextAsync("+0,26");
        await Expect(row.GetByTestId("growth-row-class")).ToHaveTextAsync("Suy dinh dưỡng thể thấp còi");
        await Expect(page.TestId("growth-referral")).ToHaveCountAsync(0);

        // Both charts drawn for girls: five WHO curves each and the child's point.
        var wfa = page.TestId("growth-chart-wfa-svg");
        var lfa = page.TestId("growth-chart-lfa-svg");
        await Expect(wfa).ToHaveAttributeAsync("role", "img");
        await Expect(page.TestId("growth-chart-wfa")).ToContainTextAsync("Cân nặng theo tuổi, bé gái");
        await Expect(page.TestId("growth-chart-lfa")).ToContainTextAsync("Chiều dài/chiều cao theo tuổi, bé gái");
        await Expect(wfa.Locator("polyline[data-sd]")).ToHaveCountAsync(5);
        await Expect(wfa.GetByTestId("growth-point")).ToHaveCountAsync(1);
        await Expect(lfa.GetByTestId("growth-point")).ToHaveCountAsync(1);
        await Expect(wfa).ToContainTextAsync("Tháng tuổi");
        var attributes = await page.EvaluateAsync<string[][]>(@"() => [...document.querySelectorAll('[data-testid=growth-charts] svg, [data-testid=growth-charts] svg *')]
            .flatMap(e => ['x','y','x1','x2','y1','y2','cx','cy','r','viewBox','points'].filter(a => e.hasAttribute(a)).map(a => [a, e.getAttribute(a)]))");
        Assert.True(attributes.Length > 50);
        foreach (var pair in attributes)
        {
            foreach (var token in pair[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Matches(pair[0] == "points" ? SvgPoint() : SvgNumber(), token);
            }
        }

        await page.TestId("growth-panel").EvaluateAsync("e => e.scrollIntoView()");
        await page.ScreenshotAsync("growth");

        await using var check = TestData.Services(App.ConnectionString);
        await using var s2 = check.CreateAsyncScope();
        var db = s2.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var stored = await db.Set<GrowthMeasurement>().IgnoreQueryFilters().SingleAsync(m => m.PersonId == child);
        Assert.Equal((7.4m, 66.5m, MeasuredPosition.Lying, today, 365), (stored.WeightKg, stored.LengthCm, stored.Position, stored.MeasuredOn, stored.AgeDays));
        Assert.Equal((-1.58m, -2.91m, -0.03m, 0.26m), (stored.Waz, stored.Haz, stored.Whz, stored.Baz));
        Assert.Equal((WeightForAgeClass.Normal, LengthForAgeClass.Stunting, WeightForLengthClass.Normal), (stored.WeightForAge!.Value, stored.LengthForAge!.Value, stored.WeightForLength!.Value));
    }

    // A decimal comma in an SVG number ("31,46") makes the browser drop the shape.
    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex SvgNumber();

    [GeneratedRegex(@"^-?\d+(\.\d+)?,-?\d+(\.\d+)?$")]
    private static partial Regex SvgPoint();
}
