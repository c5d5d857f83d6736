using System.Globalization;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Maternal;

/// <summary>
/// The mother-and-child day: the nurse works down the weighing list (a child weighed leaves it, the list goes to
/// Excel), the village health worker on a phone opens the village's pregnant woman due for a visit and a child due
/// for weighing from the home page, a death is recorded on the resident page, and the programme's figures open.
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed class MotherChildListsTests(CoSoApp app) : BrowserTest(app)
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Fact]
    public async Task A_nurse_weighs_a_child_from_the_weighing_list_and_the_child_leaves_it()
    {
        var child = await RegisterAsync("Lò Văn Cân Đo", Today.AddDays(-40), Sex.Male);

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.TestId("nav-mother-child").ClickAsync();
        await page.TestId("nav-weighing-due").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dinh-duong/can-do$"));
        var row = page.Locator($"[data-testid='weigh-row'][data-person='{child}']");
        await Expect(row).ToContainTextAsync("Lò Văn Cân Đo");
        await Expect(row.GetByTestId("weigh-class")).ToHaveTextAsync("—"); // never weighed
        await Expect(row.GetByTestId("weigh-due")).ToHaveTextAsync(Today.AddDays(-40).AddMonths(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

        // The list as a workbook, with the signed-in user's cookie.
        var export = await page.Context.APIRequest.GetAsync(await page.TestId("weigh-export").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, export.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Headers["content-type"]);

        await row.Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/tiem-chung/tre/{child}$"));
        await page.Input("growth-weight").FillAsync("4,6");
        await page.Input("growth-length").FillAsync("54,5");
        await page.TestId("growth-save").ClickAsync();
        await Expect(page.TestId("growth-row")).ToHaveCountAsync(1);
        await Expect(page.TestId("growth-row").GetByTestId("growth-row-weight")).ToHaveTextAsync("4,6 kg");

        await page.GotoAsync("/dinh-duong/can-do");
        await Expect(page.TestId("weigh-count")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='weigh-row'][data-person='{child}']")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("weighing-due");
    }

    [Fact]
    public async Task A_village_worker_on_a_phone_opens_the_pregnant_woman_due_for_a_visit_and_a_child_due_for_weighing()
    {
        // The demo village health worker (the README's logins): the demo gives the village a woman overdue for her second visit.
        var page = await NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("yta", "CoSo@2026");
        await Expect(page.TestId("village-home")).ToBeVisibleAsync();
        var anc = page.TestId("village-anc-row").Filter(new() { HasText = "lần khám 2" });
        await Expect(anc.First).ToContainTextAsync("Tuổi thai 27+1 · lần khám 2 · quá hẹn 8 ngày"); // 190 days: 8 days past the 26 weeks of visit 2
        await page.ScreenshotAsync("village-home-phone");
        var woman = await anc.First.Locator("a").InnerTextAsync();
        await anc.First.Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me-be/thai-ky/[0-9a-f-]{36}$"));
        await Expect(page.Locator("body")).ToContainTextAsync(woman);

        await page.GotoAsync("/");
        var weigh = page.TestId("village-weighing-row");
        await Expect(weigh.First).ToBeVisibleAsync();
        await weigh.First.Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tiem-chung/tre/[0-9a-f-]{36}$"));
        await Expect(page.TestId("growth-panel")).ToBeVisibleAsync();

        // The village's lists of the programme open for the worker too, with the village's rows.
        await page.GotoAsync("/dinh-duong/vitamin-a");
        await Expect(page.TestId("vita-counts")).ToBeVisibleAsync();
        await page.GotoAsync("/ke-hoach-hoa-gia-dinh");
        await Expect(page.TestId("fp-due")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_death_is_recorded_on_the_resident_page_with_its_cause_and_the_programme_figures_open()
    {
        var person = await RegisterAsync("Hà Thị Qua Đời", new DateOnly(1948, 5, 2), Sex.Female);
        var died = Today.AddDays(-3);

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/nguoi-dan/{person}");
        await page.TestId("death-open").ClickAsync();
        await page.Input("death-date").FillAsync(died.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Input("death-cause").FillAsync("I21.9");
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "I21.9" }).First;
        await option.ClickAsync();
        // The choice reaches the server before the save: under a loaded run the click on Save could otherwise race it.
        await Expect(page.Input("death-cause")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^I21\\.9 "));
        await page.TestId("death-save").ClickAsync();
        await Expect(page.TestId("death-recorded")).ToContainTextAsync(died.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(page.TestId("death-recorded")).ToContainTextAsync("I21.9");

        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().People.AsNoTracking().SingleAsync(p => p.Id == person);
            Assert.Equal((true, (DateOnly?)died, "I21.9"), (saved.IsDeceased, saved.DeceasedOn, saved.DeathCauseCode));
        }

        await page.TestId("nav-mother-child").ClickAsync();
        await page.TestId("nav-mch-indicators").ClickAsync();
        await Expect(page.TestId("indicator-set-mch")).ToBeVisibleAsync();
        await Expect(page.TestId("indicator-NUT.stunting")).ToBeVisibleAsync();
        await Expect(page.TestId("indicator-ANC.4visits")).ToBeVisibleAsync();
    }

    private async Task<Guid> RegisterAsync(string name, DateOnly birth, Sex sex)
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
        {
            FullName = name, BirthDate = birth, Sex = sex, OrgUnitId = App.Data.StationA,
        })).Id;
    }
}
