using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Village;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Village.Sync;

/// <summary>One row of the station's inbox of what its village health workers sent.</summary>
public sealed record InboxItem(
    Guid Id, string Kind, string? SubKind, SubmissionStatus Status, Guid? PersonId, string? PersonName, Guid? VillageId, string? VillageName,
    string UserName, DateTimeOffset ReceivedAt, string Data, string? Errors, string? ConflictField, string? PhoneValue, string? StationValue,
    string? Link, DateTimeOffset? HandledAt, string? Resolution, int Version);

/// <summary>A worker's phone as the station sees it: last sync and what it still holds.</summary>
public sealed record DeviceItem(Guid Id, Guid UserId, string UserName, string DisplayName, string Name, DateTimeOffset RegisteredAt, DateTimeOffset? LastSyncAt,
    int PendingOnDevice, int FailedOnDevice, DateTimeOffset? RevokedAt, int Version);

/// <summary>
/// The station's side of the village app: the records its workers sent (home visits, notifications, suspected cases,
/// conflicts), the workers' phones with their last sync, settling a conflict (adopt the phone's value or keep the
/// station's, both values staying on the record) and revoking a phone.
/// </summary>
public sealed class VillageInboxService(CoSoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<InboxItem>> ListAsync(bool openOnly = false, int take = 200, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReviewVillageReports);
        var query = db.Set<VillageSubmission>().AsNoTracking();
        if (openOnly)
        {
            query = query.Where(s => s.HandledAt == null && s.Status != SubmissionStatus.Rejected);
        }

        var rows = await query.OrderByDescending(s => s.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
        var personIds = rows.Where(r => r.PersonId != null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.FullName, p.ProvinceCode }).ToListAsync(ct);
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var names = people.ToDictionary(p => p.Id, p => p.FullName);
        await db.AuditReadsAsync("village:inbox", people.Select(p => (p.Id, p.ProvinceCode)), ct);
        return rows.Select(r => new InboxItem(
            r.Id, r.Kind, r.SubKind, r.Status, r.PersonId, r.PersonId is { } pid ? names.GetValueOrDefault(pid) : null, r.VillageId,
            r.VillageId is { } v ? villages.GetValueOrDefault(v) : null, r.UserName, r.ReceivedAt, r.Data, r.Errors, r.ConflictField, r.PhoneValue,
            r.StationValue, r.Link, r.HandledAt, r.Resolution, r.Version)).ToList();
    }

    /// <summary>A resident's home visits by the village health workers, newest first (the resident page; scope-filtered like every person-level row).</summary>
    public async Task<IReadOnlyList<HomeVisit>> HomeVisitsOfAsync(Guid personId, int take = 20, CancellationToken ct = default) =>
        await db.Set<HomeVisit>().AsNoTracking().Where(v => v.PersonId == personId).OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Take(take).ToListAsync(ct);

    public async Task<IReadOnlyList<DeviceItem>> DevicesAsync(CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReviewVillageReports);
        var scope = db.Actor.Scope;
        var ids = scope.UnitIds;
        var devices = await db.Set<VillageDevice>().AsNoTracking().Where(d => scope.All || ids.Contains(d.StationId)).OrderBy(d => d.RegisteredAt).ToListAsync(ct);
        var userIds = devices.Select(d => d.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return devices.Select(d => new DeviceItem(d.Id, d.UserId, users.GetValueOrDefault(d.UserId)?.UserName ?? "—", users.GetValueOrDefault(d.UserId)?.DisplayName ?? "—",
            d.Name, d.RegisteredAt, d.LastSyncAt, d.PendingOnDevice, d.FailedOnDevice, d.RevokedAt, d.Version)).ToList();
    }

    /// <summary>Settles a phone-number conflict: <paramref name="adoptPhoneValue"/> takes the worker's number, otherwise the station's stays.</summary>
    public async Task ResolveAsync(Guid id, bool adoptPhoneValue, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReviewVillageReports);
        var s = await db.Set<VillageSubmission>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (s.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        if (s.Status != SubmissionStatus.Conflict)
        {
            throw new DomainValidationException("status", "village.inbox.notConflict");
        }

        if (adoptPhoneValue && s.PersonId is { } personId)
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
            db.Actor.Demand(Capability.RegisterResidents);
            person.Phone = s.PhoneValue;
            person.Version++;
        }

        s.Status = SubmissionStatus.Resolved;
        s.Resolution = adoptPhoneValue ? "adopted" : "kept";
        s.HandledAt = time.GetUtcNow();
        s.HandledByUserId = db.Actor.UserId;
        s.Version++;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The station has acted on a record (a birth registered, a death recorded): it leaves the open list.</summary>
    public async Task MarkHandledAsync(Guid id, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReviewVillageReports);
        var s = await db.Set<VillageSubmission>().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (s.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        s.HandledAt ??= time.GetUtcNow();
        s.HandledByUserId ??= db.Actor.UserId;
        s.Resolution ??= "handled";
        s.Version++;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Revokes a phone: its next contact with the server wipes its local data.</summary>
    public async Task RevokeDeviceAsync(Guid deviceId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReviewVillageReports);
        var scope = db.Actor.Scope;
        var device = await db.Set<VillageDevice>().FirstOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null || !(scope.All || scope.UnitIds.Contains(device.StationId)))
        {
            throw new NotFoundException();
        }

        device.RevokedAt ??= time.GetUtcNow();
        device.RevokedByUserId ??= db.Actor.UserId;
        device.Version++;
        await db.SaveChangesAsync(ct);
    }
}
