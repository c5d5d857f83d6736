using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Data;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Bhyt;

// Issue 15 in the browser: the demo station's doctor opens the month's claims, finds the referral whose receiving
// hospital has no facility code (the check names XML1.MA_NOI_DEN), opens the visit it names and sees the finding
// there, then submits the batch: the checked claims become "submitted", the one with a finding stays behind.
[Collection(CoSoAppGroup.Name)]
public sealed class ClaimsJourneyTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task The_doctor_sees_a_finding_opens_the_visit_it_names_and_submits_the_checked_claims()
    {
        var today = VietnamClock.Today(TimeProvider.System);
        string referralMaLk;
        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var referral = await db.BhytClaims.AsNoTracking().Where(c => c.IsCurrent && c.Violations != null && c.Violations.Contains("\"MA_NOI_DEN\"")).ToListAsync();
            referralMaLk = Assert.Single(referral).MaLk;
        }

        var page = await NewPageAsync();
        await page.SignInAsync("bacsi", DemoOptions.DemoPassword);
        await Expect(page.TestId("station-name")).ToContainTextAsync("Trạm Y tế");
        await page.TestId("nav-more").ClickAsync();
        await page.TestId("nav-claims").ClickAsync();
        await Expect(page.TestId("claims-title")).ToHaveTextAsync($"Hồ sơ thanh toán BHYT tháng {today.Month:00}/{today.Year}");

        // The month's claims: the seeded referral is one with findings; the uncovered visit is held with its reason.
        var row = page.Locator($"[data-testid='claim-row'][data-malk='{referralMaLk}']");
        await Expect(row).ToHaveAttributeAsync("data-status", nameof(ClaimStatus.Draft));
        await Expect(row.Locator("[data-testid='claim-status']")).ToHaveTextAsync("Còn lỗi");
        await Expect(page.TestId("held-row").First).ToBeVisibleAsync();
        await Expect(page.TestId("held-reason").First).ToContainTextAsync("BHYT");
        await Expect(page.TestId("sum-visits")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid='summary-drugs'] [data-testid='summary-line']").First).ToBeVisibleAsync();
        await row.ClickAsync();
        var finding = page.Locator("[data-testid='claim-violation'][data-table='XML1'][data-field='MA_NOI_DEN']");
        await Expect(finding).ToHaveCountAsync(1);
        await Expect(finding).ToContainTextAsync("MA_NOI_DEN");
        await page.ScreenshotAsync("bhyt-claims");

        // The visit it names shows the same finding beside the form, where staff correct it.
        await page.TestId("claim-open-visit").ClickAsync();
        await Expect(page.TestId("visit-form")).ToBeVisibleAsync();
        await Expect(page.Input("referred-to")).ToHaveValueAsync(DemoClaimsWriter.ReferralHospital);
        await Expect(page.TestId("visit-claim-status")).ToHaveTextAsync("Còn lỗi");
        await Expect(page.Locator("[data-testid='visit-claim-violation'][data-table='XML1'][data-field='MA_NOI_DEN']")).ToHaveCountAsync(1);

        // Back to the list: submitting sends every checked claim through the gateway; the referral stays a draft.
        await page.TestId("visit-claim-list").ClickAsync();
        await Expect(page.TestId("claims-table")).ToBeVisibleAsync();
        await page.TestId("claims-submit").ClickAsync();
        await Expect(page.TestId("claims-message")).ToContainTextAsync("Đã gửi");
        await Expect(page.Locator($"[data-testid='claim-row'][data-status='{nameof(ClaimStatus.Submitted)}']").First).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='claim-row'][data-malk='{referralMaLk}']")).ToHaveAttributeAsync("data-status", nameof(ClaimStatus.Draft));
        await Expect(page.Locator($"[data-testid='claim-row'][data-status='{nameof(ClaimStatus.Submitted)}'] [data-testid='claim-status']").First).ToHaveTextAsync("Đã gửi");

        await using (var sp = TestData.Services(App.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            Assert.True(await db.BhytClaims.AsNoTracking().CountAsync(c => c.IsCurrent && c.Status == ClaimStatus.Submitted && c.BatchId != null) >= 4);
            Assert.Equal(ClaimStatus.Draft, (await db.BhytClaims.AsNoTracking().SingleAsync(c => c.IsCurrent && c.MaLk == referralMaLk)).Status);
        }
    }
}
