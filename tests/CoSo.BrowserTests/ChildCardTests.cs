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
public sealed class ChildCardTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_BCG_dose_given_at_the_maternity_ward_is_entered_on_the_child_card_and_shown_as_given_elsewhere()
    {
        Guid child;
        var born = VietnamClock.Today(TimeProvider.System).AddMonths(-2);
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            child = (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = "Phạm Gia Hân", BirthDate = born, BirthTime = new TimeOnly(7, 40), Sex = Sex.Female, OrgUnitId = App.Data.StationA,
            })).Id;
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/tiem-chung/tre/{child}");
        await Expect(page.TestId("card-title")).ToContainTextAsync("Phạm Gia Hân");
        await Expect(page.TestId("card-dose")).ToHaveCountAsync(0);
        await Expect(page.TestId("card-birth")).ToContainTextAsync("07:40");
        await Expect(page.TestId("card-legal-basis")).ToContainTextAsync("Lịch tiêm chủng theo TT ");

        // Nothing chosen: refused with a message, nothing stored.
        await page.TestId("elsewhere-save").ClickAsync();
        await Expect(page.TestId("elsewhere-error")).ToContainTextAsync("Cần chọn vắc xin và ngày tiêm");

        await page.TestId("elsewhere-form").Locator(".mud-select").First.ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "BCG" }).First;
        await Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        var givenOn = born.AddDays(1);
        await page.Input("elsewhere-date").FillAsync(givenOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Input("elsewhere-place").FillAsync("Bệnh viện Phụ sản Hà Nội");
        // The time as staff write it; 25:00 is no time of day and is flagged at once.
        await page.Input("elsewhere-time").FillAsync("25:00");
        await page.Input("elsewhere-time").PressAsync("Tab");
        await Expect(page.TestId("givenTime-hint")).ToContainTextAsync("Giờ không hợp lệ");
        await page.Input("elsewhere-time").FillAsync("9h05");
        await page.Input("elsewhere-time").PressAsync("Tab");
        await Expect(page.TestId("givenTime-hint")).ToHaveCountAsync(0);
        await page.TestId("elsewhere-save").ClickAsync();

        var dose = page.TestId("card-dose");
        await Expect(dose).ToHaveCountAsync(1);
        await Expect(dose).ToContainTextAsync("BCG");
        await Expect(dose).ToContainTextAsync(givenOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(dose.GetByTestId("dose-elsewhere")).ToContainTextAsync("Tiêm nơi khác");
        await Expect(dose.GetByTestId("dose-place-text")).ToHaveTextAsync("Bệnh viện Phụ sản Hà Nội");
        await Expect(dose.GetByTestId("dose-time")).ToContainTextAsync("09:05");

        await using var check = TestData.Services(App.ConnectionString);
        await using var s2 = check.CreateAsyncScope();
        var db = s2.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var stored = await db.Set<ImmunizationDose>().IgnoreQueryFilters().SingleAsync(d => d.PersonId == child);
        Assert.Equal((DosePlace.Elsewhere, givenOn, (string?)null, (TimeOnly?)new TimeOnly(9, 5)), (stored.Place, stored.GivenOn, stored.LotNumber, stored.GivenTime));
    }
}
