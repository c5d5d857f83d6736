using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class NotificationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notifications_of_the_district_are_unread_per_user_and_another_units_are_not_shown(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_nt");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var (first, second, other) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await TestDatabase.WithDbAsync(cs, db =>
        {
            db.Set<Notification>().AddRange(
                new Notification { Id = first, OrgUnitId = org.Department.Id, CreatedAt = DateTimeOffset.UtcNow.AddHours(-2), Subject = "Sốt xuất huyết", Body = "C1" },
                new Notification { Id = second, OrgUnitId = org.Department.Id, CreatedAt = DateTimeOffset.UtcNow.AddHours(-1), Subject = "Sởi", Body = "C2" },
                new Notification { Id = other, OrgUnitId = org.StationB.Id, CreatedAt = DateTimeOffset.UtcNow, Subject = "Tả", Body = "threshold" });
            return db.SaveChangesAsync();
        });
        var scope = new AccessScope(false, [org.Department.Id, org.StationA.Id]);
        await using var one = TestDatabase.Services(cs, new UserActor(Guid.CreateVersion7(), "officer1", scope));
        await using var two = TestDatabase.Services(cs, new UserActor(Guid.CreateVersion7(), "officer2", scope));
        await using var s1 = one.CreateAsyncScope();
        await using var s2 = two.CreateAsyncScope();
        var officer1 = s1.ServiceProvider.GetRequiredService<NotificationService>();
        var officer2 = s2.ServiceProvider.GetRequiredService<NotificationService>();

        Assert.Equal([second, first], (await officer1.UnreadAsync()).Select(n => n.Id)); // newest first; station B's is out of scope
        await officer1.MarkReadAsync(first);
        Assert.Equal(1, await officer1.CountUnreadAsync());
        Assert.Equal(2, await officer2.CountUnreadAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => officer1.MarkReadAsync(first));
        await Assert.ThrowsAsync<NotFoundException>(() => officer1.MarkReadAsync(other));
        Assert.Equal(1, await officer1.MarkAllReadAsync());
        Assert.Empty(await officer1.UnreadAsync());
        Assert.Equal(2, await officer2.CountUnreadAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_api_lists_counts_and_marks_the_signed_in_users_notifications(string provider)
    {
        var app = await Apps.Get(provider);
        var id = Guid.CreateVersion7();
        await TestDatabase.WithDbAsync(app.ConnectionString, db =>
        {
            db.Set<Notification>().Add(new Notification { Id = id, OrgUnitId = app.Org.Department.Id, CreatedAt = DateTimeOffset.UtcNow, Subject = "Cảnh báo", Body = "Kiểm tra" });
            return db.SaveChangesAsync();
        });
        using var admin = await app.LoginAsync("admin");
        using var a = await app.LoginAsync("a1");

        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await a.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        // The shared app's other tests confirm alerts concurrently, so counts are only bounded from below.
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/count")).GetProperty("unread").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications")).EnumerateArray(), n => n.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
    }
}
