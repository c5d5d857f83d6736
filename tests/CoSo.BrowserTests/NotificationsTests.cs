using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class NotificationsTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Unread_notifications_of_the_station_are_listed_marked_read_one_by_one_or_all_and_not_shown_to_another_station()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            foreach (var (n, disease) in new[] { (1, "sốt xuất huyết"), (2, "tay chân miệng") })
            {
                db.Set<Notification>().Add(new Notification
                {
                    Id = Guid.CreateVersion7(), OrgUnitId = App.Data.StationA, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-n),
                    Subject = $"Cảnh báo {disease} {tag}", Body = $"Số ca vượt ngưỡng tuần này ({tag}).",
                });
            }

            await db.SaveChangesAsync();
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await Expect(page.TestId("nav-notifications-badge")).ToBeVisibleAsync();
        await page.TestId("nav-notifications").ClickAsync();
        var mine = page.TestId("notification").Filter(new() { HasText = tag });
        await Expect(mine).ToHaveCountAsync(2);

        await mine.Filter(new() { HasText = "sốt xuất huyết" }).GetByTestId("notification-read").ClickAsync();
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToContainTextAsync("tay chân miệng");

        await page.TestId("notifications-read-all").ClickAsync();
        await Expect(page.TestId("notifications-none")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.TestId("notifications-none")).ToBeVisibleAsync();

        // Read state is per user, and another station's staff never saw them.
        var other = await NewPageAsync();
        await other.SignInAsync(TestData.UserB, TestData.Password);
        await other.GotoAsync("/thong-bao");
        await Expect(other.TestId("notification").Filter(new() { HasText = tag })).ToHaveCountAsync(0);
    }
}
