using System.Globalization;
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

/// <summary>
/// Numbers and dates typed as people in Vietnam type them, in a Vietnamese browser: "5,6" is five point six (not 56),
/// a date is day first whatever the browser's locale, and a number that reads two ways ("1.250") is refused on its
/// field instead of being saved as a guess.
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed class InputCultureTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_decimal_comma_and_a_day_first_date_typed_in_a_follow_up_are_stored_as_typed()
    {
        var personId = await DiabeticAsync("Hoàng Thị Dấu Phẩy");
        var next = VietnamClock.Today(TimeProvider.System).AddDays(21);
        var typedNext = next.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/man-tinh/benh-nhan/{personId}");
        await Expect(page.TestId("card-name")).ToContainTextAsync("Hoàng Thị Dấu Phẩy");
        await page.TestId("card-follow-up").ClickAsync();

        // A decimal comma in one field, a decimal point in the other: both are the decimal mark.
        await page.Input("fu-fasting-glucose").FillAsync("5,6");
        await page.Input("fu-hba1c").FillAsync("7.2");
        await page.Input("fu-next").FillAsync(typedNext);
        await Expect(page.TestId("fastingGlucose-hint")).ToHaveCountAsync(0);
        await page.TestId("fu-save").ClickAsync();

        await Expect(page.TestId("fu-saved")).ToContainTextAsync(typedNext);
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var stored = await db.Set<ChronicFollowUp>().IgnoreQueryFilters().AsNoTracking().SingleAsync(f => f.PersonId == personId);
        Assert.Equal((5.6m, 7.2m, next), (stored.FastingGlucose, stored.HbA1c, stored.NextAppointment));
    }

    [Fact]
    public async Task A_measurement_typed_as_1_250_is_refused_on_its_field_and_nothing_is_saved()
    {
        var personId = await DiabeticAsync("Trịnh Văn Dấu Chấm");
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/man-tinh/benh-nhan/{personId}");
        await Expect(page.TestId("card-name")).ToContainTextAsync("Trịnh Văn Dấu Chấm");
        await page.TestId("card-follow-up").ClickAsync();

        // 1.250: one and a quarter, or twelve hundred and fifty? The field says so and keeps what was typed. Typed key
        // by key as a person does: "1.25" reads, the last key makes it ambiguous, and what was typed must stay.
        await page.Input("fu-fasting-glucose").PressSequentiallyAsync("1.250");
        await Expect(page.TestId("fastingGlucose-hint")).ToContainTextAsync("có thể hiểu hai cách");
        await Expect(page.Input("fu-fasting-glucose")).ToHaveValueAsync("1.250");

        // A date that read, then lost its last digit: the text stays as it is now, not as it last read.
        var typedNext = VietnamClock.Today(TimeProvider.System).AddDays(21).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await page.Input("fu-next").FillAsync(typedNext);
        await page.Input("fu-next").PressAsync("Backspace");
        await Expect(page.Input("fu-next")).ToHaveValueAsync(typedNext[..^1]);
        // Leaving the field shows its hint (and moves the buttons down): wait for it before clicking, or a click that
        // starts before the layout moves can land beside the button under load.
        await page.Input("fu-next").PressAsync("Tab");
        await Expect(page.TestId("nextAppointment-hint")).ToContainTextAsync("Ngày không hợp lệ");
        await page.TestId("fu-save").ClickAsync();

        await Expect(page.TestId("fu-error")).ToContainTextAsync("Sửa các ô còn sai:");
        await Expect(page.TestId("fu-error")).ToContainTextAsync("Đường huyết lúc đói (mmol/L)");
        await Expect(page.TestId("fu-error")).ToContainTextAsync("Hẹn tái khám");
        await Expect(page.TestId("fu-saved")).ToHaveCountAsync(0);
        await page.TestId("follow-up-form").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "follow-up-ambiguous.png") });
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        Assert.False(await db.Set<ChronicFollowUp>().IgnoreQueryFilters().AnyAsync(f => f.PersonId == personId));
        Assert.False(await db.Encounters.IgnoreQueryFilters().AnyAsync(e => e.PersonId == personId));
    }

    private async Task<Guid> DiabeticAsync(string name)
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
        {
            FullName = name, BirthYear = 1966, Sex = Sex.Female, OrgUnitId = App.Data.StationA,
        });
        var today = VietnamClock.Today(TimeProvider.System);
        await scope.ServiceProvider.GetRequiredService<ChronicRegistryService>().EnrolAsync(person.Id, new EnrolmentInput
        {
            // Not overdue: these patients stay off the overdue list the other tests and its screenshot look at.
            Programme = ChronicProgramme.Diabetes, RegisteredOn = today.AddMonths(-1), BaselineFastingGlucose = 8.1m, NextAppointment = today.AddDays(3),
        });
        return person.Id;
    }
}
