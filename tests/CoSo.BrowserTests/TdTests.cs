using System.Globalization;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class TdTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_pregnancy_is_recorded_for_a_woman_found_by_name_and_her_first_Td_dose_moves_her_to_the_second()
    {
        Guid woman;
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            woman = (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = "Đinh Thị Thai", BirthYear = 1998, Sex = Sex.Female, OrgUnitId = App.Data.StationA,
            })).Id;
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/tiem-chung/td");

        // The page has loaded when it proposes today as the first contact (typing earlier can lose keystrokes).
        await Expect(page.Input("pregnancy-contact")).ToHaveValueAsync(VietnamClock.Today(TimeProvider.System).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

        // Searched by the folded name, as typed without diacritics.
        // Typed as a user types; on a loaded machine a keystroke can land during a re-render, so retype as a user would.
        var option = page.Locator(".mud-popover-open").GetByText("Đinh Thị Thai (1998)").First;
        for (var attempt = 1; ; attempt++)
        {
            await page.Input("pregnancy-woman").FillAsync(string.Empty);
            await page.Input("pregnancy-woman").PressSequentiallyAsync("dinh thi th", new() { Delay = 30 });
            try
            {
                await option.WaitForAsync(new() { Timeout = 4_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }

        await option.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.TestId("pregnancy-save").ClickAsync();

        var row = page.Locator($"[data-testid='td-woman'][data-person='{woman}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("td-next")).ToHaveTextAsync("Uốn ván – bạch hầu (Td) mũi 1");

        await row.GetByTestId("td-record").ClickAsync();
        await Expect(page.TestId("td-form")).ToBeVisibleAsync();
        await page.Input("td-lot").FillAsync("TD-0126");
        await page.Input("td-expiry").FillAsync(VietnamClock.Today(TimeProvider.System).AddYears(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.TestId("td-save").ClickAsync();

        await Expect(page.TestId("td-form")).ToHaveCountAsync(0);
        await Expect(row.GetByTestId("td-next")).ToHaveTextAsync("Uốn ván – bạch hầu (Td) mũi 2");

        await using var check = TestData.Services(App.ConnectionString);
        await using var s2 = check.CreateAsyncScope();
        var db = s2.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var dose = await db.Set<ImmunizationDose>().IgnoreQueryFilters().SingleAsync(d => d.PersonId == woman);
        Assert.Equal((VaccineCodes.Td, "TD-0126", DosePlace.ThisStation), (dose.Vaccine, dose.LotNumber, dose.Place));
    }
}
