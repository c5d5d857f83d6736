using System.Text.RegularExpressions;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class ResidentJourneyTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Wrong_password_shows_the_vietnamese_message()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, "sai-mat-khau");
        await Expect(page.TestId("signin-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản bị tạm khóa 15 phút.");
        await Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
        // The user name stays in its box; only the password is typed again.
        await Expect(page.TestId("signin-user")).ToHaveValueAsync(TestData.UserA);
    }

    [Fact]
    public async Task A_user_ends_the_session_left_open_on_another_computer()
    {
        // The station's shared computer, left signed in; then the doctor's own laptop.
        var shared = await NewPageAsync();
        await shared.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(shared.TestId("station-name")).ToBeVisibleAsync();
        var laptop = await NewPageAsync();
        await laptop.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(laptop.TestId("station-name")).ToBeVisibleAsync();

        await laptop.TestId("user-name").ClickAsync();
        await Expect(laptop).ToHaveURLAsync(new Regex("/tai-khoan/phien"));
        await Expect(laptop.TestId("session-current")).ToHaveCountAsync(1);
        await laptop.ScreenshotAsync("sessions");
        // End every other session of the account (earlier tests left theirs open too).
        while (await laptop.TestId("session-end").CountAsync() > 0)
        {
            var before = await laptop.TestId("session-row").CountAsync();
            await laptop.TestId("session-end").First.ClickAsync();
            await Expect(laptop.TestId("session-row")).ToHaveCountAsync(before - 1);
        }

        await Expect(laptop.TestId("session-message")).ToHaveTextAsync("Đã kết thúc phiên.");
        await Expect(laptop.TestId("session-row")).ToHaveCountAsync(1);

        // The shared computer's next page load finds its session ended and asks for the password.
        await shared.ReloadAsync();
        await Expect(shared).ToHaveURLAsync(new Regex("/dang-nhap"));
        // The laptop keeps working.
        await laptop.GotoAsync("/");
        await Expect(laptop.TestId("station-name")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Clinician_finds_a_resident_without_diacritics_records_a_visit_and_sees_it_on_the_timeline()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.ScreenshotAsync("sign-in");
        await page.SignInAsync(TestData.UserA, TestData.Password);

        await Expect(page.TestId("station-name")).ToHaveTextAsync("Trạm Y tế Thử Một");
        var atStation = await CountPeopleAsync(App.Data.StationA);
        Assert.True(atStation >= 2);
        await Expect(page.TestId("count-residents")).ToHaveTextAsync(atStation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Input("search-box").FillAsync("nguyen van an");
        var hit = page.TestId("search-hit");
        await Expect(hit).ToHaveCountAsync(1);
        await Expect(hit).ToContainTextAsync("Nguyễn Văn An");
        await Expect(hit).ToContainTextAsync("Thôn Đông");
        await page.ScreenshotAsync("home");

        await hit.ClickAsync();
        await Expect(page.TestId("resident-name")).ToHaveTextAsync("Nguyễn Văn An");
        await page.TestId("record-visit").ClickAsync();

        await Expect(page.TestId("visit-person")).ToHaveTextAsync("Nguyễn Văn An");
        // The BP goes in by keyboard alone: the form focuses the systolic field.
        await Expect(page.Input("systolic")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("150");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("95");
        await Expect(page.Input("diastolic")).ToHaveValueAsync("95");
        await page.Input("weight").FillAsync("61.5");
        await page.Input("icd").FillAsync("tang huyet ap");
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "I10" }).First;
        await Expect(option).ToContainTextAsync("Bệnh lý tăng huyết áp");
        await option.ClickAsync();
        await Expect(page.TestId("dx-chip")).ToContainTextAsync("I10");
        // Enter in the diagnosis picker did not save: the visit is still being written.
        await Expect(page.TestId("visit-save")).ToBeVisibleAsync();
        await page.Input("rx-drug-0").FillAsync("amlodipin");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Amlodipin 5 mg" }).ClickAsync();
        await page.Input("rx-instructions-0").FillAsync("buổi sáng");
        await Expect(page.TestId("rx-quantity-0")).ToContainTextAsync("30 viên");
        await page.TestId("visit-save").ClickAsync();

        await Expect(page.TestId("resident-name")).ToHaveTextAsync("Nguyễn Văn An");
        await Expect(page.TestId("timeline-bp").First).ToContainTextAsync("150/95");
        await Expect(page.TestId("timeline-dx").First).ToContainTextAsync("I10");
        await Expect(page.Locator("[data-testid='vitals-chart'] polyline[data-series='systolic']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("resident");

        // The printable A5 summary of the visit just recorded, and the print stylesheet hiding the app bar.
        var printHref = await page.TestId("print-visit").First.GetAttributeAsync("href");
        await page.GotoAsync("/" + printHref!.TrimStart('/'));
        await Expect(page.TestId("summary-bp")).ToContainTextAsync("150/95");
        await Expect(page.TestId("summary-dx").First).ToContainTextAsync("I10 — Bệnh lý tăng huyết áp");
        await Expect(page.Locator("#components-reconnect-modal .reconnect-show")).ToContainTextAsync("Mất kết nối tới máy chủ");
        await page.ScreenshotAsync("visit-summary");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.TestId("print-button")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        // The print button opens the browser's print dialog (through coso.js: the CSP allows no inline handler).
        await page.EvaluateAsync("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }");
        await page.TestId("print-button").ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed"));

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var visit = await db.Encounters.Include(e => e.Diagnoses).Include(e => e.Prescriptions).SingleAsync(e => e.PersonId == App.Data.ResidentA);
        Assert.Equal((150, 95), (visit.Systolic, visit.Diastolic));
        Assert.Equal("I10", Assert.Single(visit.Diagnoses).Code);
        Assert.Equal("Amlodipin", Assert.Single(visit.Prescriptions).Drug);
        var reads = await new CoSo.Data.Audit.AuditQuery(db).ReadsOfAsync(App.Data.ResidentA);
        Assert.Contains(reads, a => a.Source == "ui:resident");
        // A page's audit row carries the client's address like the API's (issue 14, item 2): the browser is on loopback.
        Assert.Contains(reads.Where(a => a.Source == "ui:resident").Select(a => a.RemoteAddress), address => address is "127.0.0.1" or "::1" or "::ffff:127.0.0.1");
        Assert.Contains(reads, a => a.Source == "ui:search" && a.Action == "search");
        Assert.Contains(reads, a => a.Source == "visit:context");
    }

    [Fact]
    public async Task Registering_with_an_invalid_cccd_shows_the_field_error_and_saves_nothing_then_a_valid_one_saves()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("station-name")).ToBeVisibleAsync();
        await page.GotoAsync("/nguoi-dan/moi");
        var before = await CountPeopleAsync();

        await page.Input("reg-name").FillSettledAsync("Lê Thị Cúc");
        await page.Input("reg-birth").FillSettledAsync("20/05/1990");
        await page.TestId("reg-sex-female").ClickAsync();
        await page.Input("reg-cccd").FillSettledAsync("12345");
        // CI under load: the birth date once landed at the end of the (Immediate) name field.
        await Expect(page.Input("reg-name")).ToHaveValueAsync("Lê Thị Cúc");
        await page.TestId("reg-save").ClickAsync();
        await Expect(page.Field("reg-cccd")).ToContainTextAsync("Số CCCD phải gồm đúng 12 chữ số.");
        Assert.Equal(before, await CountPeopleAsync());

        await page.Input("reg-cccd").FillSettledAsync("001190123456");
        await page.TestId("reg-save").ClickAsync();
        await Expect(page.TestId("resident-name")).ToHaveTextAsync("Lê Thị Cúc");
        Assert.Equal(before + 1, await CountPeopleAsync());
    }

    [Fact]
    public async Task A_user_of_one_station_does_not_find_residents_of_another()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.Input("search-box").FillAsync("nguyen van bao");
        await Expect(page.TestId("search-empty")).ToBeVisibleAsync();
        await Expect(page.TestId("search-hit")).ToHaveCountAsync(0);

        var other = await NewPageAsync();
        await other.SignInAsync(TestData.UserB, TestData.Password);
        await other.Input("search-box").FillAsync("nguyen van bao");
        await Expect(other.TestId("search-hit")).ToContainTextAsync("Nguyễn Văn Bảo");
    }

    [Fact]
    public async Task Registering_a_probable_duplicate_offers_the_existing_record_before_saving()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("station-name")).ToBeVisibleAsync();
        await page.GotoAsync("/nguoi-dan/moi");
        var before = await CountPeopleAsync();

        await page.Input("reg-name").FillAsync("Nguyen Van An");
        await page.Input("reg-birth").FillAsync("14/03/1962");
        await page.TestId("reg-sex-male").ClickAsync();
        await page.TestId("reg-save").ClickAsync();

        await Expect(page.TestId("duplicates")).ToContainTextAsync("Nguyễn Văn An");
        await page.ScreenshotAsync("register-duplicate");
        await Expect(page.TestId("dup-open")).ToHaveTextAsync("Mở hồ sơ đã có");
        await Expect(page.TestId("dup-different")).ToHaveTextAsync("Đây là người khác");
        Assert.Equal(before, await CountPeopleAsync());
        await page.TestId("dup-open").ClickAsync();
        await Expect(page.TestId("resident-name")).ToHaveTextAsync("Nguyễn Văn An");
    }

    [Fact]
    public async Task The_resident_page_links_to_the_household_and_its_members()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("station-name")).ToBeVisibleAsync();
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var resident = await scope.ServiceProvider.GetRequiredService<PeopleService>().GetAsync(App.Data.ResidentA);
            await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = "Lê Thị Hoa", BirthYear = 1965, Sex = Sex.Female, OrgUnitId = resident.OrgUnitId, VillageId = resident.VillageId,
                HouseholdId = resident.HouseholdId, RelationshipToHead = HouseholdRelationship.Spouse,
            });
        }

        await page.GotoAsync($"/nguoi-dan/{App.Data.ResidentA}");
        await Expect(page.TestId("resident-household-members")).ToContainTextAsync("Lê Thị Hoa");
        await page.GetByText("Xem hộ gia đình").ClickAsync();
        await Expect(page.TestId("household-code")).ToContainTextAsync("HGD-T1-001");
        await Expect(page.TestId("household-members")).ToContainTextAsync("Nguyễn Văn An");
        await Expect(page.TestId("household-members")).ToContainTextAsync("Chủ hộ");
    }

    [Fact]
    public async Task An_anonymous_visit_goes_to_sign_in_and_back_and_the_language_switch_shows_english()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/nguoi-dan");
        await Expect(page).ToHaveURLAsync(new Regex("/dang-nhap"));
        await page.TestId("signin-user").FillAsync(TestData.UserA);
        await page.TestId("signin-password").FillAsync(TestData.Password);
        await page.TestId("signin-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tìm người dân" })).ToBeVisibleAsync();

        await page.TestId("lang-en").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Find a resident" })).ToBeVisibleAsync();
        await page.TestId("lang-vi").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tìm người dân" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_impossible_blood_pressure_is_flagged_at_once_and_rejected_without_losing_the_input()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("station-name")).ToBeVisibleAsync();
        await page.GotoAsync($"/nguoi-dan/{App.Data.ResidentA}/kham");
        await Expect(page.Input("systolic")).ToBeFocusedAsync();
        var visitsBefore = await CountVisitsAsync();

        await page.Keyboard.TypeAsync("400");
        await Expect(page.TestId("systolic-hint")).ToHaveTextAsync("Giá trị không hợp lệ (từ 50 đến 300).");
        await page.Input("diastolic").FillAsync("90");
        await page.Input("diastolic").PressAsync("Enter");
        await page.TestId("visit-save").ClickAsync();

        // Refused before it reaches the server, on its field and at the button; nothing typed is lost.
        await Expect(page.TestId("visit-errors")).ToContainTextAsync("HA tâm thu");
        await Expect(page.TestId("systolic-hint")).ToHaveTextAsync("Giá trị không hợp lệ (từ 50 đến 300).");
        await Expect(page.Input("systolic")).ToHaveValueAsync("400");
        await Expect(page.Input("diastolic")).ToHaveValueAsync("90");
        Assert.Equal(visitsBefore, await CountVisitsAsync());
    }

    [Fact]
    public async Task The_api_still_answers_401_not_a_sign_in_redirect()
    {
        var page = await NewPageAsync();
        var response = await page.APIRequest.GetAsync("/api/v1/people", new() { MaxRedirects = 0 });
        Assert.Equal(401, response.Status);
    }

    private async Task<int> CountVisitsAsync()
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Encounters.CountAsync();
    }

    private async Task<int> CountPeopleAsync(Guid? stationId = null)
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<CoSoDbContext>().People;
        return stationId is { } s ? await people.CountAsync(p => p.OrgUnitId == s) : await people.CountAsync();
    }

    [Fact]
    public async Task When_two_clinicians_edit_one_health_record_the_later_save_is_refused_in_vietnamese_and_keeps_what_was_typed()
    {
        var first = await NewPageAsync();
        await first.SignInAsync(TestData.UserA, TestData.Password);
        var second = await NewPageAsync();
        await second.SignInAsync(TestData.UserA, TestData.Password);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"/nguoi-dan/{App.Data.ResidentA}/ho-so-suc-khoe");
            await Expect(page.TestId("hr-save")).ToBeVisibleAsync();
        }

        await first.TestId("hr-allergy-drugs").FillAsync("Penicillin");
        await first.TestId("hr-allergy-drugs").PressAsync("Tab");
        await first.TestId("hr-save").ClickAsync();
        await Expect(first.TestId("allergies")).ToContainTextAsync("Penicillin");
        await Expect(first.TestId("risk-factors")).ToBeVisibleAsync();

        await second.TestId("hr-allergy-food").FillAsync("Tôm");
        await second.TestId("hr-allergy-food").PressAsync("Tab");
        await second.TestId("hr-save").ClickAsync();
        await Expect(second.TestId("hr-error")).ToContainTextAsync("đã được người khác cập nhật");
        await Expect(second.TestId("hr-allergy-food")).ToHaveValueAsync("Tôm");
        await second.ScreenshotAsync("health-record-conflict");

        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var latest = await db.HealthRecords.Where(r => r.PersonId == App.Data.ResidentA).OrderByDescending(r => r.VersionNo).FirstAsync();
            Assert.Equal("Penicillin", latest.AllergyDrugs);
            Assert.Null(latest.AllergyFood);
        }

        await second.TestId("hr-reload").ClickAsync();
        await Expect(second.TestId("hr-allergy-drugs")).ToHaveValueAsync("Penicillin");
    }
}
