using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// The pregnancy register: registering a pregnancy at the station, a village health worker's "pregnant woman found"
/// (a reported pregnancy and a notification to the station, which confirms it), corrections, confirmation and the end
/// of a pregnancy without a delivery. Reads go through <see cref="MaternalQueries"/> (the woman's station or village).
/// </summary>
public sealed class PregnancyRegisterService(CoSoDbContext db, TimeProvider time, PregnancyCardService cards)
{
    /// <summary>The notification kind of a village health worker's report (notifications.kind).</summary>
    public const string FoundNotificationKind = "pregnancy-found";

    public async Task<PregnancyCard> RegisterAsync(Guid personId, PregnancyRegistration input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var woman = await db.FindWomanAsync(personId, ct);
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        await CheckWomanAsync(woman, errors, ct);
        PregnancyRules.Validate(input, today, errors);
        errors.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var pregnancy = new Pregnancy
        {
            Id = Guid.CreateVersion7(), ProvinceCode = woman.ProvinceCode, OrgUnitId = woman.OrgUnitId, PersonId = woman.Id,
            Status = PregnancyStatus.Active, ConfirmedOn = input.FirstContactDate, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        PregnancyRules.Apply(input, pregnancy);
        db.Set<Pregnancy>().Add(pregnancy);
        await db.SaveChangesAsync(ct);
        return await cards.GetAsync(pregnancy.Id, ct);
    }

    /// <summary>
    /// "Pregnant woman found": a reported pregnancy at the woman's station, and a notification for the station's staff
    /// that names the village, not the woman (notifications are not audited reads). The link opens the pregnancy card.
    /// </summary>
    public async Task<PregnancyCard> ReportFoundAsync(Guid personId, PregnancyReportInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.NotifyPregnancy);
        ArgumentNullException.ThrowIfNull(input);
        var woman = await db.FindWomanAsync(personId, ct);
        var today = VietnamClock.Today(time);
        var on = input.ReportedOn ?? today;
        var errors = new ValidationErrors();
        await CheckWomanAsync(woman, errors, ct);
        if (on > today || on < today.AddDays(-60))
        {
            errors.Add("reportedOn", "maternal.report.date");
        }

        if (input.LastMenstrualPeriod is { } lmp && (lmp > on || lmp < on.AddDays(-PregnancyRules.MaxLmpDaysBeforeContact)))
        {
            errors.Add("lastMenstrualPeriod", "maternal.lmp.range");
        }

        if (input.Note is { Length: > 1000 })
        {
            errors.Add("note", "tooLong", 1000);
        }

        errors.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var pregnancy = new Pregnancy
        {
            Id = Guid.CreateVersion7(), ProvinceCode = woman.ProvinceCode, OrgUnitId = woman.OrgUnitId, PersonId = woman.Id,
            Status = PregnancyStatus.Reported, FirstContactDate = on, LastMenstrualPeriod = input.LastMenstrualPeriod,
            Notes = string.IsNullOrWhiteSpace(input.Note) ? null : TextFolding.Nfc(input.Note.Trim()),
            ReportedByUserId = db.Actor.UserId, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.Set<Pregnancy>().Add(pregnancy);
        var village = woman.VillageId is { } v ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == v).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var day = on.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        db.Set<Notification>().Add(new Notification
        {
            Id = Guid.CreateVersion7(), OrgUnitId = woman.OrgUnitId, CreatedAt = now, Kind = FoundNotificationKind, Link = $"/me-be/thai-ky/{pregnancy.Id}",
            Subject = Messages.Get("maternal.found.subject", Messages.Vietnamese),
            Body = Messages.Get("maternal.found.body", Messages.Vietnamese, village ?? "—", day),
            SubjectEn = Messages.Get("maternal.found.subject", Messages.English),
            BodyEn = Messages.Get("maternal.found.body", Messages.English, village ?? "—", day),
        });
        await db.SaveChangesAsync(ct);
        return await cards.GetAsync(pregnancy.Id, ct);
    }

    public async Task<PregnancyCard> UpdateAsync(Guid pregnancyId, PregnancyRegistration input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        CheckVersion(p, expectedVersion);
        var errors = new ValidationErrors();
        PregnancyRules.Validate(input, VietnamClock.Today(time), errors);
        errors.ThrowIfInvalid();
        PregnancyRules.Apply(input, p);
        await SaveVersionAsync(p, expectedVersion, ct);
        return await cards.GetAsync(p.Id, ct);
    }

    /// <summary>The station confirms a reported pregnancy (with its dating, when known by now).</summary>
    public async Task<PregnancyCard> ConfirmAsync(Guid pregnancyId, PregnancyRegistration? input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        CheckVersion(p, expectedVersion);
        if (p.Status != PregnancyStatus.Reported)
        {
            throw new DomainValidationException("pregnancyId", "maternal.pregnancy.notReported");
        }

        var today = VietnamClock.Today(time);
        if (input is not null)
        {
            var errors = new ValidationErrors();
            PregnancyRules.Validate(input, today, errors);
            errors.ThrowIfInvalid();
            PregnancyRules.Apply(input, p);
        }

        p.Status = PregnancyStatus.Active;
        p.ConfirmedOn = today;
        await SaveVersionAsync(p, expectedVersion, ct);
        return await cards.GetAsync(p.Id, ct);
    }

    /// <summary>A pregnancy ends without a delivery (miscarriage, abortion, ectopic, not pregnant, moved, maternal death).</summary>
    public async Task<PregnancyCard> EndAsync(Guid pregnancyId, PregnancyEndInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MaternalCare);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        CheckVersion(p, expectedVersion);
        if (!p.IsOpen)
        {
            throw new DomainValidationException("pregnancyId", "maternal.pregnancy.closed");
        }

        var today = VietnamClock.Today(time);
        var on = input.On ?? today;
        if (!Enum.IsDefined(input.Reason))
        {
            throw new DomainValidationException("reason", "maternal.end.reason");
        }

        if (on > today || on < p.FirstContactDate)
        {
            throw new DomainValidationException("on", "maternal.end.date");
        }

        p.Status = input.Reason == PregnancyEndReason.MovedAway ? PregnancyStatus.Closed : PregnancyStatus.Ended;
        p.EndReason = input.Reason;
        p.EndedOn = on;
        if (input.Reason == PregnancyEndReason.MaternalDeath)
        {
            await MaternalDeaths.MarkDeceasedAsync(db, time, p.ProvinceCode, p.PersonId, on, ct);
        }

        await SaveVersionAsync(p, expectedVersion, ct);
        return await cards.GetAsync(p.Id, ct);
    }

    public async Task<IReadOnlyList<PregnancySummary>> ForPersonAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await db.People.AsNoTracking().AnyAsync(p => p.Id == personId, ct) ? true : throw new NotFoundException();
        var ids = await db.Visible<Pregnancy>().AsNoTracking().Where(p => p.PersonId == personId).Select(p => p.Id).ToListAsync(ct);
        return await PregnancyRegisterQuery.SummariesAsync(db, time, db.Visible<Pregnancy>().Where(p => ids.Contains(p.Id)), ct);
    }

    /// <summary>The station's register (open pregnancies first, then those ended in the last year), optionally one village.</summary>
    public async Task<PregnancyList> ListAsync(Guid? stationId, Guid? villageId, bool openOnly, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var since = today.AddYears(-1);
        var query = db.Visible<Pregnancy>().Where(p => p.Status == PregnancyStatus.Reported || p.Status == PregnancyStatus.Active
            || (!openOnly && (p.EndedOn == null || p.EndedOn >= since)));
        if (stationId is { } s)
        {
            query = query.Where(p => p.OrgUnitId == s);
        }

        if (villageId is { } v)
        {
            query = query.Where(p => db.People.Any(x => x.ProvinceCode == p.ProvinceCode && x.Id == p.PersonId && x.VillageId == v));
        }

        return new PregnancyList(today, await PregnancyRegisterQuery.SummariesAsync(db, time, query, ct));
    }

    private async Task CheckWomanAsync(Person woman, ValidationErrors errors, CancellationToken ct)
    {
        if (woman.Sex != Sex.Female)
        {
            errors.Add("personId", "maternal.pregnancy.female");
        }

        if (woman.IsDeceased)
        {
            errors.Add("personId", "maternal.person.deceased");
        }

        if (await db.Set<Pregnancy>().Unfiltered(UnscopedReason.UniquenessCheck).AnyAsync(p => p.ProvinceCode == woman.ProvinceCode && p.PersonId == woman.Id
            && (p.Status == PregnancyStatus.Reported || p.Status == PregnancyStatus.Active), ct))
        {
            errors.Add("personId", "maternal.pregnancy.open");
        }
    }

    private static void CheckVersion(Pregnancy p, int expectedVersion)
    {
        if (p.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }
    }

    private async Task SaveVersionAsync(Pregnancy p, int expectedVersion, CancellationToken ct)
    {
        p.UpdatedAt = time.GetUtcNow();
        db.Entry(p).Property(x => x.Version).OriginalValue = expectedVersion;
        p.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Stale version.", ex);
        }
    }
}
