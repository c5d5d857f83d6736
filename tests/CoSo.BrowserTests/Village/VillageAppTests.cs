using System.Globalization;
using System.Text;
using System.Text.Json;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Village;
using CoSo.Data;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Village;

/// <summary>
/// The village health worker's offline app (issue 19) on a phone (360×640, vi-VN), against CoSo started as the README
/// starts it: sign-in and first sync, the network off, records made offline, the sync back, the station's pages.
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed class VillageAppTests(CoSoApp app) : BrowserTest(app)
{
    private const string Pin = "2468";

    private static string Dmy(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Fact]
    public async Task A_worker_syncs_works_offline_and_back_online_the_station_sees_the_visit_the_pregnancy_the_outcome_and_the_conflict()
    {
        AllowRequestFailure("/api/v1/");
        var phone = await NewPageAsync(width: 360, height: 640);
        var first = phone.WaitForResponseAsync(r => r.Url.Contains("/api/v1/village/sync?", StringComparison.Ordinal) || r.Url.EndsWith("/api/v1/village/sync", StringComparison.Ordinal));
        await SignInAndSetPinAsync(phone, "yta", DemoOptions.DemoPassword);
        var payload = await (await first).JsonAsync() ?? throw new InvalidOperationException("no payload");
        await Expect(phone.TestId("sync-last")).Not.ToHaveAttributeAsync("data-value", string.Empty);
        await phone.ScreenshotAsync("village-app-home");

        // The payload itself: the worker's one village and nothing else, not even the test station's residents.
        var village = Assert.Single(payload.GetProperty("villages").EnumerateArray()).GetProperty("id").GetGuid();
        var residents = payload.GetProperty("residents").EnumerateArray().ToList();
        Assert.NotEmpty(residents);
        Assert.All(residents, r => Assert.Equal(village, r.GetProperty("villageId").GetGuid()));
        Assert.DoesNotContain(residents, r => r.GetProperty("fullName").GetString() is "Trần Thị Bình" or "Nguyễn Văn An");
        var byId = residents.ToDictionary(r => r.GetProperty("id").GetGuid());

        // Who the worker acts on: an overdue chronic patient, and a woman of the village not known to be pregnant.
        var overdue = payload.GetProperty("lists").GetProperty("chronicOverdue").EnumerateArray().First();
        var patient = overdue.GetProperty("personId").GetGuid();
        var pregnant = payload.GetProperty("lists").GetProperty("pregnancies").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()).ToHashSet();
        var woman = residents.First(r => r.GetProperty("sex").GetString() == "Female" && r.GetProperty("birthYear").GetInt32() is >= 1990 and <= 2004
            && !pregnant.Contains(r.GetProperty("id").GetGuid())).GetProperty("id").GetGuid();
        var patientName = byId[patient].GetProperty("fullName").GetString()!;

        // The network goes; the app still opens from its cache, unlocks with the PIN and searches without diacritics.
        await phone.Context.SetOfflineAsync(true);
        await phone.ReloadAsync();
        await phone.TestId("pin-input").FillAsync(Pin);
        await phone.TestId("pin-submit").ClickAsync();
        await Expect(phone.TestId("offline-badge")).ToBeVisibleAsync();
        await phone.TestId("search-input").FillAsync(Fold(patientName));
        var row = phone.Locator($"[data-testid='resident-row'][data-person-id='{patient}']");
        await Expect(row).ToBeVisibleAsync();
        await row.ClickAsync();
        await Expect(phone.TestId("resident-name")).ToHaveTextAsync(patientName);

        // A home visit typed as a Vietnamese phone types it (decimal comma), saved at once on the phone.
        await phone.TestId("action-visit").ClickAsync();
        await phone.TestId("visit-systolic").FillAsync("150");
        await phone.TestId("visit-diastolic").FillAsync("95");
        await phone.TestId("visit-glucose").FillAsync("6,5");
        await phone.TestId("visit-weight").FillAsync("58,5");
        await phone.TestId("visit-medicine").CheckAsync();
        await phone.TestId("visit-save").ClickAsync();
        await Expect(phone.TestId("flash")).ToBeVisibleAsync();

        // The call outcome on the overdue patient: agreed to come in three days.
        await phone.GotoAsync($"/thon/#/r/{patient}/outcome");
        await phone.TestId("outcome-code").SelectOptionAsync("AgreedToCome");
        await phone.TestId("outcome-next").FillAsync(Dmy(Today.AddDays(3)));
        await phone.TestId("outcome-save").ClickAsync();
        await Expect(phone.TestId("flash")).ToBeVisibleAsync();

        // The patient's new number, and the pregnancy of the woman, notified to the station.
        await phone.GotoAsync($"/thon/#/r/{patient}/phone");
        await phone.TestId("phone-input").FillAsync("0987654321");
        await phone.TestId("phone-save").ClickAsync();
        await Expect(phone.TestId("flash")).ToBeVisibleAsync();
        await phone.GotoAsync($"/thon/#/r/{woman}/notify");
        await phone.TestId("notify-type").SelectOptionAsync("pregnancy");
        await phone.TestId("notify-lmp").FillAsync(Dmy(Today.AddDays(-50)));
        await phone.TestId("notify-save").ClickAsync();
        await Expect(phone.TestId("flash")).ToBeVisibleAsync();
        await Expect(phone.TestId("sync-waiting")).ToHaveTextAsync("4");
        await phone.ScreenshotAsync("village-app-offline");

        // Meanwhile the station changes the same patient's number.
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var person = await db.People.SingleAsync(p => p.Id == patient);
            person.Phone = "0911222333";
            person.Version++;
            await db.SaveChangesAsync();
        }

        // Back online: one sync sends the four records and brings the verdicts; nothing waits.
        await phone.Context.SetOfflineAsync(false);
        await phone.TestId("sync-button").ClickAsync();
        await Expect(phone.TestId("sync-waiting")).ToHaveTextAsync("0", new() { Timeout = 30000 });
        await Expect(phone.TestId("sync-conflicts")).ToHaveTextAsync("1");
        await phone.TestId("nav-records").ClickAsync();
        await Expect(phone.Locator("[data-testid='record-status'][data-status='sent']")).ToHaveCountAsync(3);
        var conflict = phone.TestId("conflict");
        await Expect(conflict).ToContainTextAsync("0987654321");
        await Expect(conflict).ToContainTextAsync("0911222333");
        await phone.ScreenshotAsync("village-app-records");

        // The station's pages: the inbox with the visit's readings as typed, the pregnancy to confirm, the conflict with
        // both numbers; the overdue list without the patient who agreed to come; the worker's phone with its last sync.
        var station = await NewPageAsync();
        await station.SignInAsync("bacsi", DemoOptions.DemoPassword);
        await station.GotoAsync("/tu-thon");
        var visit = station.Locator("[data-testid='va-item'][data-kind='homeVisit']").Filter(new() { HasText = patientName });
        await Expect(visit.First).ToContainTextAsync("150/95");
        await Expect(visit.First).ToContainTextAsync("6,5 mmol/L");
        await Expect(visit.First).ToContainTextAsync("58,5 kg");
        var edit = station.Locator("[data-testid='va-item'][data-kind='residentEdit']").Filter(new() { HasText = patientName });
        await Expect(edit.GetByTestId("va-conflict-phone")).ToHaveTextAsync("0987654321");
        await Expect(edit.GetByTestId("va-conflict-station")).ToHaveTextAsync("0911222333");
        await Expect(station.TestId("va-device").Filter(new() { HasText = "yta" }).First.GetByTestId("va-device-last-sync")).Not.ToHaveTextAsync("Chưa đồng bộ");
        await station.ScreenshotAsync("village-inbox");
        var pregnancy = station.Locator("[data-testid='va-item'][data-kind='notification']").Filter(new() { HasText = byId[woman].GetProperty("fullName").GetString()! });
        await pregnancy.First.GetByTestId("va-item-open").ClickAsync();
        await Expect(station).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/me-be/thai-ky/[0-9a-f-]{36}$"));

        await station.GotoAsync($"/nguoi-dan/{patient}");
        await Expect(station.TestId("resident-home-visit").First).ToContainTextAsync("150/95 mmHg");
        await Expect(station.TestId("resident-home-visit").First).ToContainTextAsync("6,5 mmol/L");

        await station.GotoAsync("/tu-thon");
        await edit.GetByTestId("va-adopt").ClickAsync();
        await Expect(edit.GetByTestId("va-item-status")).ToHaveCountAsync(0); // settled: off the open list
        await station.GotoAsync("/man-tinh/qua-hen");
        await Expect(station.Locator("body")).ToContainTextAsync("Quá hẹn");
        await Expect(station.Locator("body")).Not.ToContainTextAsync(patientName);

        // The phone learns the settlement at its next sync: the worker's number is the resident's now.
        await phone.TestId("sync-button").ClickAsync();
        await Expect(phone.TestId("sync-conflicts")).ToHaveTextAsync("0", new() { Timeout = 30000 });
        await phone.GotoAsync($"/thon/#/r/{patient}");
        await Expect(phone.TestId("resident-phone")).ToContainTextAsync("0987654321");
    }

    [Fact]
    public async Task An_upload_whose_answer_is_lost_is_sent_again_and_stored_once()
    {
        AllowRequestFailure("/api/v1/village/sync/upload");
        var phone = await NewPageAsync(width: 360, height: 640);
        await SignInAndSetPinAsync(phone, TestData.VillageWorker, TestData.Password);
        await Expect(phone.TestId("sync-last")).Not.ToHaveAttributeAsync("data-value", string.Empty);

        // The first upload reaches the server, which stores it, but its answer never reaches the phone.
        var cut = 0;
        await phone.RouteAsync("**/api/v1/village/sync/upload", async route =>
        {
            var response = await route.FetchAsync();
            if (Interlocked.Increment(ref cut) == 1)
            {
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.FulfillAsync(new() { Response = response });
        });
        await phone.GotoAsync($"/thon/#/r/{App.Data.ResidentA}/visit");
        await phone.TestId("visit-systolic").FillAsync("132");
        await phone.TestId("visit-diastolic").FillAsync("84");
        await phone.TestId("visit-save").ClickAsync();
        await Expect(phone.TestId("flash")).ToBeVisibleAsync();
        // Saved while online, the record is sent at once: that upload's answer is the one cut off.
        for (var i = 0; i < 150 && Volatile.Read(ref cut) == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, Volatile.Read(ref cut));
        await Expect(phone.TestId("sync-waiting")).ToHaveTextAsync("1");
        await Expect(phone.TestId("sync-button")).ToBeEnabledAsync();

        await phone.TestId("sync-button").ClickAsync();
        await Expect(phone.TestId("sync-waiting")).ToHaveTextAsync("0", new() { Timeout = 30000 });
        Assert.True(cut >= 2, $"{cut} uploads");
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        Assert.Equal(1, await db.Set<HomeVisit>().CountAsync(v => v.PersonId == App.Data.ResidentA && v.Systolic == 132));
    }

    [Fact]
    public async Task A_deactivated_workers_next_sync_wipes_the_phone()
    {
        AllowRequestFailure("/api/v1/");
        AllowHttpError(401, "/api/v1/village/");
        AllowHttpError(403, "/api/v1/village/");
        var phone = await NewPageAsync(width: 360, height: 640);
        await SignInAndSetPinAsync(phone, TestData.VillageWorkerToDeactivate, TestData.Password);
        await Expect(phone.TestId("sync-last")).Not.ToHaveAttributeAsync("data-value", string.Empty);
        Assert.Contains("coso-village", await DatabasesAsync(phone));

        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            await db.Users.Where(u => u.UserName == TestData.VillageWorkerToDeactivate).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        await phone.TestId("sync-button").ClickAsync();
        await Expect(phone.TestId("wipe-message")).ToBeVisibleAsync(new() { Timeout = 30000 });
        Assert.DoesNotContain("coso-village", await DatabasesAsync(phone));
        await phone.ReloadAsync();
        await Expect(phone.TestId("login-user")).ToBeVisibleAsync(); // nothing left to unlock
        await phone.ScreenshotAsync("village-app-wiped");
    }

    private static async Task SignInAndSetPinAsync(IPage phone, string user, string password)
    {
        await phone.GotoAsync("/thon/");
        await phone.TestId("login-user").FillAsync(user);
        await phone.TestId("login-password").FillAsync(password);
        await phone.TestId("login-submit").ClickAsync();
        await phone.TestId("pin-input").FillAsync(Pin);
        await phone.TestId("pin-confirm").FillAsync(Pin);
        await phone.TestId("pin-submit").ClickAsync();
        await Expect(phone.TestId("search-input")).ToBeVisibleAsync(new() { Timeout = 30000 });
    }

    private static async Task<List<string>> DatabasesAsync(IPage page) =>
        [.. await page.EvaluateAsync<string[]>("async () => (await indexedDB.databases()).map(d => d.name)")];

    /// <summary>What a worker types on a phone without Vietnamese input: no diacritics, đ as d, lower case.</summary>
    private static string Fold(string name)
    {
        var d = name.Normalize(NormalizationForm.FormD).Replace('đ', 'd').Replace('Đ', 'D');
        return new string(d.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
    }
}
