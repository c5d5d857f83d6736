using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.People;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class ImmunizationSessionTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Clinician_plans_a_session_records_BCG_from_the_due_list_and_the_child_no_longer_needs_it()
    {
        Guid child;
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var born = VietnamClock.Today(TimeProvider.System).AddMonths(-3);
            child = (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = "Lê Minh Khôi", BirthDate = born, Sex = Sex.Male, OrgUnitId = App.Data.StationA,
            })).Id;
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("imm-panel")).ToBeVisibleAsync();
        await page.GotoAsync("/tiem-chung/buoi");
        await page.TestId("session-plan").ClickAsync();

        var row = page.Locator($"[data-testid='due-child'][data-person='{child}']");
        await Expect(row).ToContainTextAsync("Lê Minh Khôi");
        await row.Locator("[data-testid='need-BCG-1']").ClickAsync();
        await page.Input("dose-lot").FillAsync("BCG-0425");
        await page.Input("dose-site").FillAsync("cánh tay trái");
        await page.TestId("dose-save").ClickAsync();

        await Expect(page.TestId("dose-form")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-testid='need-BCG-1']")).ToHaveCountAsync(0);
        await Expect(row.Locator("[data-testid='need-DTP-HepB-Hib-1']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("immunization-due-list");
    }
}
