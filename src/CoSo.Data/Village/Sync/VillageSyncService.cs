using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Surveillance;
using CoSo.Core.Village;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Village.Sync;

/// <summary>
/// The village app's devices and downloads (docs/village-app.md, ADR 0019): a phone registered to its worker, its
/// status (revoked or deactivated: wipe), and the village payload — residents and households changed since the
/// phone's cursor (the server's change sequence), the worker's lists whole, the verdicts on the phone's records.
/// Everything carried is in the worker's scope (the person filter of the villages) and audited as one read.
/// </summary>
public sealed class VillageSyncService(CoSoDbContext db, TimeProvider time, VillageOverviewService overview, NotifiableDiseaseCatalogue diseases)
{
    /// <summary>
    /// How long a change-log row may stay uncommitted on PostgreSQL (sequence values are taken at insert, commits come
    /// in any order): the cursor stops before rows younger than this, so they are sent again rather than missed.
    /// SQLite commits one writer at a time, in sequence order: no lag.
    /// </summary>
    public static readonly TimeSpan CommitLag = TimeSpan.FromSeconds(60);

    public const string AuditSource = "village:sync";

    public async Task<DeviceRegistration> RegisterDeviceAsync(string? name, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.SyncVillageApp);
        var villages = await MyVillagesAsync(ct);
        if (villages.Count == 0 || db.Actor.UserId is not { } userId)
        {
            throw new ForbiddenException("village.device.noVillage");
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var device = new VillageDevice
        {
            Id = Guid.CreateVersion7(), UserId = userId, StationId = villages[0].ParentId ?? Guid.Empty,
            Name = Clean(name, 100) ?? "—", TokenHash = Hash(token), RegisteredAt = time.GetUtcNow(), Version = 1,
        };
        db.Set<VillageDevice>().Add(device);
        await db.SaveChangesAsync(ct);
        return new DeviceRegistration(device.Id, token, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>
    /// Asked without a session (a phone whose worker was deactivated has none): wipe when the device was revoked or its
    /// worker deactivated. An unknown device or a wrong token is not active but is not told to wipe (a phone of a
    /// server restored from backup keeps its unsent records and registers again after sign-in).
    /// </summary>
    public async Task<DeviceStatus> StatusAsync(Guid deviceId, string? token, CancellationToken ct = default)
    {
        var device = await db.Set<VillageDevice>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == deviceId, ct);
        if (device is null || !TokenMatches(device, token))
        {
            return new DeviceStatus(false, false);
        }

        var active = device.RevokedAt is null && await db.Users.AsNoTracking().AnyAsync(u => u.Id == device.UserId && u.IsActive, ct);
        return new DeviceStatus(active, !active);
    }

    /// <summary>The signed-in worker's own, active device, or 403 "village.device.revoked".</summary>
    public async Task<VillageDevice> RequireDeviceAsync(Guid deviceId, string? token, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.SyncVillageApp);
        var device = await db.Set<VillageDevice>().FirstOrDefaultAsync(d => d.Id == deviceId && d.UserId == db.Actor.UserId, ct);
        if (device is null || device.RevokedAt is not null || !TokenMatches(device, token))
        {
            throw new ForbiddenException("village.device.revoked");
        }

        return device;
    }

    public async Task<VillageSyncPayload> DownloadAsync(Guid deviceId, string? token, string? since, int? pending = null, int? failed = null, CancellationToken ct = default)
    {
        var device = await RequireDeviceAsync(deviceId, token, ct);
        var now = time.GetUtcNow();
        var today = VietnamClock.Today(time);
        var villages = await MyVillagesAsync(ct);
        var villageIds = villages.Select(v => v.Id).ToArray();
        var changes = db.Set<VillageChange>().AsNoTracking().Where(c => villageIds.Contains(c.VillageId));

        var full = !long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var from);
        if (!full && await changes.AnyAsync(c => c.Seq > from && c.Kind == VillageChangeKind.Reset, ct))
        {
            full = true; // an import touched a village: reload it whole
        }

        // The cursor first: every change at or below it is read below (rows above it are sent again next time).
        var cursor = db.IsPostgres
            ? await changes.Where(c => c.ChangedAt <= now - CommitLag).MaxAsync(c => (long?)c.Seq, ct) ?? 0
            : await changes.MaxAsync(c => (long?)c.Seq, ct) ?? 0;
        if (!full)
        {
            cursor = Math.Max(cursor, from);
        }

        var living = db.People.AsNoTracking()
            .Where(p => p.VillageId != null && villageIds.Contains(p.VillageId.Value) && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway);
        IQueryable<Household> households = db.Households.AsNoTracking().Where(h => h.VillageId != null && villageIds.Contains(h.VillageId.Value));
        List<Guid> removed = [];
        if (!full)
        {
            var changedPeople = await changes.Where(c => c.Seq > from && c.Kind == VillageChangeKind.Person).Select(c => c.EntityId).Distinct().ToListAsync(ct);
            var changedHouseholds = await changes.Where(c => c.Seq > from && c.Kind == VillageChangeKind.Household).Select(c => c.EntityId).Distinct().ToListAsync(ct);
            living = living.Where(p => changedPeople.Contains(p.Id));
            households = households.Where(h => changedHouseholds.Contains(h.Id));
            var stillHere = await living.Select(p => p.Id).ToListAsync(ct);
            removed = changedPeople.Except(stillHere).ToList();
        }

        var people = await living.OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.ProvinceCode, p.VillageId, p.HouseholdId, p.FullName, p.Sex, p.BirthDate, p.BirthYear, p.Phone,
                p.BhytNumber, p.BhytValidTo, p.Version,
            })
            .ToListAsync(ct);
        var houses = await households.OrderBy(h => h.Id).Select(h => new { h.Id, h.VillageId, h.Code, h.AddressLine, h.HeadPersonId, h.Version }).ToListAsync(ct);
        var headIds = houses.Where(h => h.HeadPersonId != null).Select(h => h.HeadPersonId!.Value).Distinct().ToList();
        var heads = await db.People.AsNoTracking().Where(p => headIds.Contains(p.Id)).Select(p => new { p.Id, p.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);

        var lists = await overview.UnauditedAsync(ct);
        var stations = villages.Where(v => v.ParentId != null).Select(v => v.ParentId!.Value).Distinct().ToList();
        var stationNames = await db.OrgUnits.AsNoTracking().Where(u => stations.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var payload = new VillageSyncPayload
        {
            Cursor = cursor.ToString(CultureInfo.InvariantCulture),
            Full = full,
            ServerTime = now,
            Villages = villages.Select(v => new SyncVillage(v.Id, v.Name, v.ParentId, v.ParentId is { } s ? stationNames.GetValueOrDefault(s) : null)).ToList(),
            Households = houses.Select(h => new SyncHousehold(h.Id, h.VillageId, h.Code, h.AddressLine, h.HeadPersonId is { } hp ? heads.GetValueOrDefault(hp) : null, h.Version)).ToList(),
            Residents = people.Select(p => new SyncResident(
                p.Id, p.VillageId, p.HouseholdId, p.FullName, p.Sex.ToString(), p.BirthDate, p.BirthYear, p.BirthDate is null, p.Phone,
                p.BhytNumber is null ? "none" : p.BhytValidTo is { } to && to < today ? "expired" : "valid", p.BhytNumber is null ? null : p.BhytValidTo, p.Version)).ToList(),
            Removed = removed,
            Lists = ListsOf(lists),
            Outcomes = Enum.GetValues<Core.Chronic.CallOutcome>()
                .Select(o => new SyncCode(o.ToString(), Messages.Get("village.outcome." + o, Messages.Vietnamese), Messages.Get("village.outcome." + o, Messages.English))).ToList(),
            Diseases = diseases.Diseases.Select(d => new SyncCode(d.Code, d.NameVi, d.NameEn)).ToList(),
            Records = await VerdictsAsync(device.Id, ct),
        };

        device.LastSyncAt = now;
        device.PendingOnDevice = Math.Clamp(pending ?? 0, 0, 100_000);
        device.FailedOnDevice = Math.Clamp(failed ?? 0, 0, 100_000);
        device.Version++;
        foreach (var (personId, province) in people.Select(p => (p.Id, p.ProvinceCode)).Concat(lists.SelectMany(VillageOverviewService.PeopleOf)))
        {
            db.AuditRead(Core.Audit.AuditActions.Read, AuditSource, null, personId, province);
        }

        await db.SaveChangesAsync(ct);
        return payload;
    }

    /// <summary>The verdicts on this device's last 500 records (ids are UUIDv7: newest first).</summary>
    internal async Task<IReadOnlyList<SyncRecordVerdict>> VerdictsAsync(Guid deviceId, CancellationToken ct)
    {
        var userId = db.Actor.UserId;
        var rows = await db.Set<VillageSubmission>().Unfiltered(UnscopedReason.OwnVillageRecords).AsNoTracking()
            .Where(s => s.UserId == userId && s.DeviceId == deviceId).OrderByDescending(s => s.Id).Take(500).ToListAsync(ct);
        return rows.Select(r => Verdict(r)).ToList();
    }

    internal static SyncRecordVerdict Verdict(VillageSubmission s, string? status = null) => new(
        s.Id, status ?? s.Status switch
        {
            SubmissionStatus.Accepted => "accepted",
            SubmissionStatus.Rejected => "rejected",
            SubmissionStatus.Conflict => "conflict",
            _ => "resolved",
        },
        s.Errors is { } e ? System.Text.Json.JsonSerializer.Deserialize<List<SyncFieldError>>(e, JsonWeb) ?? [] : [],
        s.ConflictField is { } f ? new SyncConflict(f, s.PhoneValue, s.StationValue, s.Resolution == "adopted" ? "phone" : "station") : null);

    internal static readonly System.Text.Json.JsonSerializerOptions JsonWeb = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static SyncLists ListsOf(IReadOnlyList<VillageOverview> villages)
    {
        var anc = villages.SelectMany(v => v.AncDue).GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.DueFrom).First());
        var preg = villages.SelectMany(v => v.Pregnancies).ToList();
        return new SyncLists
        {
            ChildrenDue = villages.SelectMany(v => v.ChildrenDue)
                .Select(c => new SyncChildDue(c.PersonId, c.NextVaccine, c.NextDose, c.NextDate, c.OverdueCount > 0)).ToList(),
            ChronicOverdue = villages.SelectMany(v => v.ChronicOverdue)
                .Select(o => new SyncChronicOverdue(o.PersonId, o.EnrolmentId, o.Programme.ToString(), o.DaysOverdue, o.LastSystolic, o.LastDiastolic, o.LastCallOutcome?.ToString())).ToList(),
            Pregnancies = preg.Select(p => anc.GetValueOrDefault(p.PersonId) is { } a
                    ? new SyncPregnancy(p.PersonId, a.PregnancyId, p.EstimatedDelivery, a.DueFrom, a.Status == CareSlotStatus.Overdue)
                    : new SyncPregnancy(p.PersonId, null, p.EstimatedDelivery, null, false))
                .Concat(anc.Values.Where(a => preg.All(p => p.PersonId != a.PersonId))
                    .Select(a => new SyncPregnancy(a.PersonId, a.PregnancyId, a.ExpectedDelivery, a.DueFrom, a.Status == CareSlotStatus.Overdue))).ToList(),
            NewbornsDue = villages.SelectMany(v => v.PostnatalDue)
                .SelectMany(p => p.Newborns.Select(n => new SyncNewbornDue(n.PersonId, p.PregnancyId, p.DaysSinceBirth, p.ContactLabelVi, p.ContactLabelEn))
                    .DefaultIfEmpty(new SyncNewbornDue(p.MotherId, p.PregnancyId, p.DaysSinceBirth, p.ContactLabelVi, p.ContactLabelEn))).ToList(),
            RecentCases = villages.SelectMany(v => v.RecentCases).Select(c => new SyncCase(c.Id, c.PersonId, c.DiseaseCode, c.OnsetDate)).ToList(),
        };
    }

    /// <summary>The villages of the worker's scope (a whole-tree actor has none: the app is a village worker's).</summary>
    internal async Task<List<OrgUnit>> MyVillagesAsync(CancellationToken ct)
    {
        var scope = db.Actor.Scope;
        if (scope.All)
        {
            return [];
        }

        var ids = scope.UnitIds;
        return await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village && ids.Contains(u.Id)).OrderBy(u => u.Name).ToListAsync(ct);
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool TokenMatches(VillageDevice device, string? token) =>
        token is { Length: > 0 and <= 200 }
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(device.TokenHash), Encoding.ASCII.GetBytes(Hash(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = TextFolding.Nfc(text.Trim());
        return t.Length <= max ? t : t[..max];
    }
}
