using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// The antenatal due list of a station or a village: open pregnancies (reported or followed) of living residents who
/// have not moved away, not snoozed by a call, whose next contact on the schedule is due or overdue — or who have had no
/// contact yet, are seen but undated, or are past 42 weeks without an outcome — and the outcome of calling them.
/// </summary>
public sealed class AncDueService(CoSoDbContext db, TimeProvider time, PregnancyCardService cards)
{
    /// <summary>A pregnancy known for this long without any contact is overdue for its first visit.</summary>
    public const int FirstContactOverdueDays = 14;

    /// <summary>42 weeks: a pregnancy still open beyond it has an outcome to record.</summary>
    public const int OutcomeMissingFromDays = 294;

    public async Task<AncDueList> ListAsync(Guid? stationId, Guid? villageId, string? scheduleCode = null, CancellationToken ct = default)
    {
        var schedule = MaternalSchedules.LoadDefault().AntenatalByCode(scheduleCode) ?? throw new DomainValidationException("schedule", "maternal.schedule.unknown", scheduleCode);
        var today = VietnamClock.Today(time);
        var query = db.Visible<Pregnancy>().AsNoTracking()
            .Where(p => (p.Status == PregnancyStatus.Reported || p.Status == PregnancyStatus.Active) && (p.SnoozedUntil == null || p.SnoozedUntil <= today));
        if (stationId is { } s)
        {
            query = query.Where(p => p.OrgUnitId == s);
        }

        var rows = await query
            .Join(db.People.Unfiltered(UnscopedReason.ThroughVisibleResident), p => new { p.ProvinceCode, Id = p.PersonId }, x => new { x.ProvinceCode, x.Id }, (p, x) => new { p, x })
            .Where(r => !r.x.IsDeceased && !r.x.MovedAway && r.x.MergedIntoId == null && (villageId == null || r.x.VillageId == villageId))
            .Select(r => new { Pregnancy = r.p, r.x.FullName, r.x.Phone, r.x.VillageId, r.x.BirthDate, r.x.BirthYear })
            .ToListAsync(ct);
        var contacts = (await db.Set<AntenatalContact>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(c => query.Any(p => p.ProvinceCode == c.ProvinceCode && p.Id == c.PregnancyId)).ToListAsync(ct)).ToLookup(c => c.PregnancyId);
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var items = new List<AncDueItem>();
        foreach (var r in rows)
        {
            var p = r.Pregnancy;
            var seen = contacts[p.Id].ToList();
            var due = Next(schedule, p, seen.Select(c => c.ContactDate).ToList(), today);
            if (due is not { } d)
            {
                continue;
            }

            var ga = p.Dating.On(today);
            items.Add(new AncDueItem
            {
                PregnancyId = p.Id, PersonId = p.PersonId, ProvinceCode = p.ProvinceCode, FullName = r.FullName, Phone = r.Phone, VillageId = r.VillageId,
                VillageName = r.VillageId is { } v ? villages.GetValueOrDefault(v) : null, PregnancyStatus = p.Status, Reason = d.Reason, Status = d.Status,
                ContactNumber = d.Slot?.Number, ContactLabelVi = d.Slot?.LabelVi, ContactLabelEn = d.Slot?.LabelEn, DueFrom = d.DueFrom, OverdueFrom = d.OverdueFrom,
                DaysOverdue = d.Status == CareSlotStatus.Overdue && d.OverdueFrom is { } o ? today.DayNumber - o.DayNumber : 0,
                GestationDays = ga?.Days, Gestation = ga?.ToString(), ExpectedDelivery = p.Dating.ExpectedDelivery, ContactCount = seen.Count,
                LastContactOn = seen.Count == 0 ? null : seen.Max(c => c.ContactDate),
                RiskFactors = RiskFactors.Evaluate(p, r.BirthDate ?? new DateOnly(r.BirthYear, 7, 1), seen),
                CallAttempts = p.CallAttempts, LastCallOutcome = p.LastCallOutcome,
            });
        }

        return new AncDueList(today, schedule.Code, items
            .OrderByDescending(i => i.Status == CareSlotStatus.Overdue).ThenByDescending(i => i.RiskFactors.Count)
            .ThenBy(i => i.DueFrom).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList());
    }

    public async Task<PregnancyCard> RecordCallAsync(Guid pregnancyId, AncCallInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordOutreach);
        ArgumentNullException.ThrowIfNull(input);
        var p = await db.FindPregnancyAsync(pregnancyId, ct);
        if (!Enum.IsDefined(input.Outcome))
        {
            throw new DomainValidationException("outcome", "maternal.call.outcome");
        }

        p.ApplyCall(input.Outcome, VietnamClock.Today(time), input.AgreedDate);
        p.UpdatedAt = time.GetUtcNow();
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await cards.GetAsync(p.Id, ct);
    }

    /// <summary>What a pregnancy is due for today, if anything (docs/maternal.md, "The antenatal due list").</summary>
    internal static (AncDueReason Reason, CareSlotStatus Status, CareSlotEvaluation? Slot, DateOnly DueFrom, DateOnly? OverdueFrom)? Next(
        CareSchedule schedule, Pregnancy p, IReadOnlyList<DateOnly> contacts, DateOnly today)
    {
        var dating = p.Dating;
        if (dating.Start is { } start && today.DayNumber - start.DayNumber >= OutcomeMissingFromDays)
        {
            var from = start.AddDays(OutcomeMissingFromDays);
            return (AncDueReason.OutcomeMissing, CareSlotStatus.Overdue, null, from, from);
        }

        if (contacts.Count == 0)
        {
            var overdue = p.FirstContactDate.AddDays(FirstContactOverdueDays);
            return (AncDueReason.FirstContact, today >= overdue ? CareSlotStatus.Overdue : CareSlotStatus.Due, null, p.FirstContactDate, overdue);
        }

        if (dating.Start is not { } anchor)
        {
            return (AncDueReason.NeedsDating, CareSlotStatus.Due, null, contacts.Max(), null);
        }

        var progress = CareProgress.From(schedule, CareScheduleEngine.Evaluate(schedule, anchor, contacts, today), contacts.Count);
        return progress.IsDue && progress.Next is { } next
            ? (AncDueReason.ScheduledContact, next.Status, next, next.DueFrom, next.OverdueFrom)
            : null;
    }
}
