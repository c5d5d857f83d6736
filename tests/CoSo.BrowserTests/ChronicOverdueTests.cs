using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Chronic;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class ChronicOverdueTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Agreed_to_come_on_the_overdue_list_takes_the_patient_off_the_list()
    {
        var personId = await OverduePatientAsync("Lê Văn Quá Hẹn");
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("chronic-panel")).ToBeVisibleAsync();
        await page.TestId("chronic-overdue-link").ClickAsync();

        var row = page.Locator($"[data-testid='overdue-row'][data-person='{personId}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Lê Văn Quá Hẹn");
        await Expect(row.Locator("[data-testid='overdue-days']")).ToHaveTextAsync("4");
        await page.ScreenshotAsync("chronic-overdue");

        // The patient lives in no village: filtering on Thôn Đông hides the row, "all villages" brings it back.
        await page.TestId("overdue-village").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Thôn Đông" });
        await Expect(row).ToHaveCountAsync(0);
        await page.TestId("overdue-village").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Value = "" });
        await Expect(row).ToHaveCountAsync(1);

        await row.Locator("[data-testid='outcome-agreed']").ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_follow_up_on_the_care_card_steps_up_the_protocol_and_the_other_chronic_pages_render()
    {
        var personId = await OverduePatientAsync("Phạm Thị Tái Khám");
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/man-tinh/benh-nhan/{personId}");
        await Expect(page.TestId("card-name")).ToContainTextAsync("Phạm Thị Tái Khám");
        await page.TestId("card-follow-up").ClickAsync();
        await page.Input("fu-systolic").FillAsync("150");
        await page.Input("fu-diastolic").FillAsync("92");
        await page.Input("fu-diastolic").BlurAsync();

        // 150/92 ≥ 140/90 → the protocol suggests step 2 (amlodipine 10 mg); the doctor confirms it, CoSo does not prescribe on its own.
        await Expect(page.TestId("fu-advice-AboveTarget")).ToBeVisibleAsync();
        await Expect(page.TestId("fu-advice-step")).ToContainTextAsync("Bậc 2: Amlodipine 10 mg");
        await page.GetByLabel("Kê đơn theo gợi ý này").CheckAsync();
        await page.TestId("fu-save").ClickAsync();

        // Step 1 → 2; the chart has the baseline and today's reading, and the medicine is on the card.
        await Expect(page.TestId("fu-saved")).ToContainTextAsync("Bậc phác đồ 2");
        await Expect(page.TestId("card-medicines")).ToContainTextAsync("Amlodipine 10 mg");
        await Expect(page.TestId("bp-chart")).ToBeVisibleAsync();
        await Expect(page.TestId("card-readings").Locator("tbody tr")).ToHaveCountAsync(2);
        await page.ScreenshotAsync("chronic-care-card");

        await page.GotoAsync("/man-tinh");
        await Expect(page.TestId("registry-row").Filter(new() { HasText = "Phạm Thị Tái Khám" })).ToHaveCountAsync(1);
        await page.GotoAsync("/man-tinh/chi-so");
        await Expect(page.TestId("indicator-table")).ToBeVisibleAsync();
        await Expect(page.TestId("trend-chart")).ToBeVisibleAsync();
        await Expect(page.TestId("cohort-table")).ToContainTextAsync("Kiểm soát");
        await page.ScreenshotAsync("chronic-indicators");
        await page.GotoAsync("/man-tinh/nguy-co");
        await Expect(page.TestId("t4")).ToContainTextAsync("T4");
    }

    [Fact]
    public async Task Closing_an_enrolment_from_the_care_card_as_moved_away_takes_the_patient_off_the_overdue_list()
    {
        var personId = await OverduePatientAsync("Đỗ Văn Chuyển Đi");
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/man-tinh/qua-hen");
        var row = page.Locator($"[data-testid='overdue-row'][data-person='{personId}']");
        await Expect(row).ToHaveCountAsync(1);

        await page.GotoAsync($"/man-tinh/benh-nhan/{personId}");
        await page.TestId("card-close").ClickAsync();
        await Expect(page.TestId("close-dialog")).ToBeVisibleAsync();
        await page.ScreenshotAsync("chronic-close-dialog");
        // The dialog proposes "moved away" on today's date.
        await page.TestId("close-save").ClickAsync();

        await Expect(page.TestId("card-changed")).ToContainTextAsync("Đã đóng quản lý");
        await Expect(page.TestId("card-enrolment")).ToContainTextAsync("Chuyển đi nơi khác");
        await Expect(page.TestId("card-follow-up")).ToHaveCountAsync(0);
        await page.GotoAsync("/man-tinh/qua-hen");
        await Expect(page.TestId("overdue-count")).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Transferring_an_enrolment_from_the_care_card_moves_it_to_the_chosen_station_and_off_this_overdue_list()
    {
        var personId = await OverduePatientAsync("Vũ Văn Chuyển Trạm");
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/man-tinh/benh-nhan/{personId}");
        await page.TestId("card-transfer").ClickAsync();
        await Expect(page.TestId("transfer-dialog")).ToBeVisibleAsync();
        await Expect(page.TestId("transfer-save")).ToBeDisabledAsync(); // no station chosen yet

        await page.TestId("transfer-dialog").Locator(".mud-select").First.ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Trạm Y tế Thử Hai" }).First;
        await Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        await Expect(page.TestId("transfer-save")).ToBeEnabledAsync();
        await page.TestId("transfer-save").ClickAsync();

        await Expect(page.TestId("card-changed")).ToContainTextAsync("Đã chuyển sang trạm mới");
        await page.GotoAsync("/man-tinh/qua-hen");
        await Expect(page.TestId("overdue-count")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='overdue-row'][data-person='{personId}']")).ToHaveCountAsync(0);

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var enrolments = await db.Set<ChronicEnrolment>().IgnoreQueryFilters().AsNoTracking().Where(e => e.PersonId == personId).ToListAsync();
        Assert.Equal(EnrolmentStatus.Closed, enrolments.Single(e => e.OrgUnitId == App.Data.StationA).Status);
        Assert.Equal(EnrolmentStatus.Active, enrolments.Single(e => e.OrgUnitId == App.Data.StationB).Status);
    }

    private async Task<Guid> OverduePatientAsync(string name)
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
        {
            FullName = name, BirthYear = 1958, Sex = Sex.Male, OrgUnitId = App.Data.StationA, Phone = "0987000111",
        });
        var today = VietnamClock.Today(TimeProvider.System);
        await scope.ServiceProvider.GetRequiredService<ChronicRegistryService>().EnrolAsync(person.Id, new EnrolmentInput
        {
            Programme = ChronicProgramme.Hypertension, RegisteredOn = today.AddMonths(-4), BaselineSystolic = 165, BaselineDiastolic = 98,
            NextAppointment = today.AddDays(-4),
        });
        return person.Id;
    }
}
