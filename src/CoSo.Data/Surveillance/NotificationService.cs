using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>
/// In-app notifications of the units in the user's scope (a district officer sees the district's), unread per user.
/// Org-level data: filtered on the actor's scope explicitly. A user without an id (system) has no inbox.
/// </summary>
public sealed class NotificationService(CoSoDbContext db, TimeProvider time)
{
    private const int Max = 200;

    /// <summary>The unread notifications, newest first, in the user's language (Vietnamese unless the UI culture is English).</summary>
    public async Task<List<NotificationDto>> UnreadAsync(CancellationToken ct = default)
    {
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var rows = await Unread().OrderByDescending(n => n.CreatedAt).Take(Max)
            .Select(n => new { n.Id, n.OrgUnitId, n.CreatedAt, n.Subject, n.Body, n.SubjectEn, n.BodyEn, n.Kind, n.Link }).ToListAsync(ct);
        return rows.Select(n => english && n.SubjectEn is not null
            ? new NotificationDto(n.Id, n.OrgUnitId, n.CreatedAt, n.SubjectEn, n.BodyEn ?? n.Body, n.Kind, n.Link)
            : new NotificationDto(n.Id, n.OrgUnitId, n.CreatedAt, n.Subject, n.Body, n.Kind, n.Link)).ToList();
    }

    public async Task<int> CountUnreadAsync(CancellationToken ct = default) => await Unread().CountAsync(ct);

    /// <summary>Marks one notification read for the user; reading one twice, or one outside the scope, answers 404.</summary>
    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReadNotifications);
        _ = await Unread().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException();
        db.Set<NotificationRead>().Add(new NotificationRead { NotificationId = id, UserId = db.Actor.UserId!.Value, ReadAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReadNotifications);
        var ids = await Unread().Select(n => n.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        db.Set<NotificationRead>().AddRange(ids.Select(id => new NotificationRead { NotificationId = id, UserId = db.Actor.UserId!.Value, ReadAt = now }));
        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    private IQueryable<Notification> Unread()
    {
        if (db.Actor.UserId is not { } user)
        {
            return db.Set<Notification>().Where(_ => false);
        }

        var all = db.Actor.Scope.All;
        var ids = db.Actor.Scope.UnitIds;
        return db.Set<Notification>().AsNoTracking()
            .Where(n => (all || ids.Contains(n.OrgUnitId)) && !db.Set<NotificationRead>().Any(r => r.NotificationId == n.Id && r.UserId == user));
    }
}
