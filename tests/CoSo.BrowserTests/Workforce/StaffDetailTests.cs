using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.People;
using CoSo.Core.Workforce;
using CoSo.Data.Workforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Workforce;

[Collection(CoSoAppGroup.Name)]
public sealed class StaffDetailTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_course_added_in_the_ui_raises_the_cme_hours_and_a_stale_edit_shows_the_conflict()
    {
        // A nurse (not a doctor: the other workforce test expects station A to have no doctor), born 1990, female: CCCD digit 4 = 1 (female, 1900s), then 90.
        StaffDto nurse;
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            nurse = await scope.ServiceProvider.GetRequiredService<WorkforceService>().CreateAsync(new StaffInput(
                "038190004321", "Lê Thị Điều Dưỡng", Sex.Female, new DateOnly(1990, 5, 6), Cadre.Nurse, EmploymentType.Permanent, App.Data.StationA));
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.TestId("nav-more").ClickAsync();
        await page.TestId("nav-workforce").ClickAsync();
        await page.TestId($"wf-open-{nurse.Id}").ClickAsync();
        await Expect(page.TestId("wf-cme-hours")).ToContainTextAsync("0 / 120");

        await page.Input("wf-course-name").FillAsync("Cấp cứu ban đầu");
        await page.Input("wf-course-hours").FillAsync("24");
        await page.TestId("wf-course-save").ClickAsync();
        await Expect(page.TestId("wf-training")).ToContainTextAsync("Cấp cứu ban đầu");
        await Expect(page.TestId("wf-cme-hours")).ToContainTextAsync("24 / 120");
        await Expect(page.TestId("wf-cme")).ToContainTextAsync("Lê Thị Điều Dưỡng");

        // Someone else edits the nurse after this page opened her: saving here is refused with the conflict message.
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkforceService>().UpdateAsync(nurse.Id, new StaffUpdateInput(
                nurse.Cccd, nurse.FullName, Sex.Female, nurse.BirthDate, Cadre.Nurse, EmploymentType.Permanent, Position: "Điều dưỡng trưởng"), nurse.Version);
        }

        await page.Input("wf-edit-position").FillAsync("Nhân viên");
        await page.TestId("wf-edit-save").ClickAsync();
        await Expect(page.TestId("wf-edit-conflict")).ToContainTextAsync("người khác cập nhật");
        await page.TestId("wf-detail").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "staff-detail.png") });
        await page.TestId("wf-edit-reload").ClickAsync();
        await Expect(page.Input("wf-edit-position")).ToHaveValueAsync("Điều dưỡng trưởng");
    }
}
