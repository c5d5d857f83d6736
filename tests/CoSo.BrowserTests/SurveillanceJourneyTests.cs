using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class SurveillanceJourneyTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_clinician_verifies_and_confirms_an_alert_from_the_inbox_and_the_district_gets_an_outbox_message()
    {
        var alertId = Guid.CreateVersion7();
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            // An ongoing alert: three signalled weeks, W12 to W14, one row in the inbox.
            db.Set<SurveillanceAlert>().Add(new SurveillanceAlert
            {
                Id = alertId, ProvinceCode = "38", OrgUnitId = App.Data.StationA, DiseaseCode = "dengue", Method = "C1", Period = "2026-W12",
                LastPeriod = "2026-W14", WeekCount = 3, EvaluatedOn = new DateOnly(2026, 3, 22), Count = 3, Mean = 0.43, StandardDeviation = 0.53,
                UpperBound = 2.07, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
                WeeklyEvidence = [.. new[] { (12, 3), (13, 4), (14, 5) }.Select(w => new SurveillanceAlertWeek
                {
                    OrgUnitId = App.Data.StationA, DiseaseCode = "dengue", Period = $"2026-W{w.Item1}", EvaluatedOn = new DateOnly(2026, 3, 22).AddDays(7 * (w.Item1 - 12)),
                    Method = "C1", Evidence = "C1", Count = w.Item2, CreatedAt = DateTimeOffset.UtcNow,
                })],
            });
            await db.SaveChangesAsync();
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("surveillance-open-alerts")).ToContainTextAsync("1");
        await page.TestId("surveillance-open-alerts").ClickAsync();

        var row = page.TestId("alerts-table").Locator("tbody tr").Filter(new() { HasText = "Tuần 14/2026" });
        await Expect(row).ToContainTextAsync("Mới");
        await Expect(row.Locator("[data-testid='alert-span']")).ToContainTextAsync("Tuần 12/2026 – Tuần 14/2026");
        await Expect(row.Locator("[data-testid='alert-span']")).ToContainTextAsync("3 tuần có tín hiệu");
        await Expect(row.Locator("[data-testid='alert-counts']")).ToHaveTextAsync("3 · 4 · 5");
        // Jargon stays out of the row: the method is said in words, the week as people write it.
        await Expect(row).ToContainTextAsync("Tăng so với 7 tuần trước");
        await Expect(row).Not.ToContainTextAsync("C1");
        await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Bắt đầu xác minh" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Đang xác minh");
        await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Xác nhận có dịch" }).ClickAsync();
        await Expect(row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Ghi biện pháp đáp ứng" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("surveillance-alerts");

        await using var check = TestData.Services(App.ConnectionString);
        await using var s2 = check.CreateAsyncScope();
        var data = s2.ServiceProvider.GetRequiredService<CoSoDbContext>();
        Assert.Equal(AlertStatus.Confirmed, (await data.Set<SurveillanceAlert>().SingleAsync(a => a.Id == alertId)).Status);
        Assert.Equal(1, await data.Set<OutboxMessage>().CountAsync(m => m.Body.Contains("2026-W12–2026-W14")));

        // The Excel link carries only the filters that are set (an empty date would be a 400).
        await page.GotoAsync("/giam-sat");
        var href = await page.TestId("surv-export-xlsx").GetAttributeAsync("href");
        Assert.Equal("/api/v1/surveillance/cases.xlsx?", href);
        var download = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);

        await page.GotoAsync("/giam-sat/duong-cong");
        await Expect(page.TestId("epi-curve").Locator("rect")).ToHaveCountAsync(26);
    }
}
