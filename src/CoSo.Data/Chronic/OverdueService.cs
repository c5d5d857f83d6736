using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>Patients past their appointment, riskiest first, and the outcome of calling them.</summary>
public sealed class OverdueService(CoSoDbContext db, TimeProvider time, ChronicOptions options, ChronicRegistryService registry)
{
    /// <summary>
    /// One SQL statement: the overdue enrolments (partial index ix_chronic_enrolments_overdue) joined once to their
    /// residents, with the last BP, last glucose and last reading date as three correlated subqueries that each read
    /// the newest index entries of the resident's visits (province, person, visit date). Only the columns shown are
    /// read. Village names come from one small second query; the list is sorted in memory (risk needs the baseline
    /// fallback, names sort ordinally).
    /// </summary>
    public async Task<OverdueList> ListAsync(Guid? stationId = null, Guid? villageId = null, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var query = db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Active && e.NextAppointment < today && (e.SnoozedUntil == null || e.SnoozedUntil <= today));
        if (stationId is { } s)
        {
            query = query.Where(e => e.OrgUnitId == s);
        }

        // The scope rule of VisibleEnrolments, applied to the resident the list joins anyway (one lookup of the
        // person per row instead of two). Filters are off for the whole statement, so the visits of the resident at
        // any station count, as on the care card.
        var joined = query.Join(db.People, e => new { e.ProvinceCode, Id = e.PersonId }, p => new { p.ProvinceCode, p.Id }, (e, p) => new { e, p });
        if (!db.Actor.Scope.All)
        {
            var ids = db.Actor.Scope.UnitIds;
            joined = joined.Where(x => ids.Contains(x.p.OrgUnitId) || (x.p.VillageId != null && ids.Contains(x.p.VillageId.Value)));
        }

        var visits = db.Encounters.AsNoTracking().Where(v => !v.Voided);
        var rows = await joined
            .Where(x => villageId == null || x.p.VillageId == villageId)
            .Select(x => new
            {
                x.e.Id, x.e.PersonId, x.e.ProvinceCode, x.p.FullName, x.p.Phone, x.p.VillageId, x.e.Programme, x.e.NextAppointment,
                x.e.BaselineSystolic, x.e.BaselineDiastolic, x.e.BaselineFastingGlucose, x.e.CallAttempts, x.e.LastCallOutcome,
                // Systolic and diastolic of the newest visit with a BP, packed into one value (sys × 1000 + dia, 0 for
                // a missing diastolic) so that one index probe reads both; unpacked below.
                Bp = visits.Where(v => v.ProvinceCode == x.e.ProvinceCode && v.PersonId == x.e.PersonId && v.Systolic != null)
                    .OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.OccurredAt).ThenByDescending(v => v.Id)
                    .Select(v => (int?)(v.Systolic!.Value * 1000 + (v.Diastolic ?? 0))).FirstOrDefault(),
                Glucose = visits.Where(v => v.ProvinceCode == x.e.ProvinceCode && v.PersonId == x.e.PersonId && v.CapillaryGlucoseMmol != null)
                    .OrderByDescending(v => v.VisitDate).ThenByDescending(v => v.OccurredAt).ThenByDescending(v => v.Id)
                    .Select(v => v.CapillaryGlucoseMmol).FirstOrDefault(),
                LastVisitOn = visits.Where(v => v.ProvinceCode == x.e.ProvinceCode && v.PersonId == x.e.PersonId && (v.Systolic != null || v.CapillaryGlucoseMmol != null))
                    .Max(v => (DateOnly?)v.VisitDate),
            })
            .ToListAsync(ct);
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = rows.Select(r =>
        {
            var sys = r.Bp is { } bp ? bp / 1000 : r.BaselineSystolic;
            var dia = r.Bp is { } packed && packed % 1000 is > 0 and var d ? d : r.BaselineDiastolic;
            return new OverdueItem
            {
                EnrolmentId = r.Id, PersonId = r.PersonId, ProvinceCode = r.ProvinceCode, FullName = r.FullName, Phone = r.Phone,
                VillageId = r.VillageId, VillageName = r.VillageId is { } v ? villages.GetValueOrDefault(v) : null, Programme = r.Programme,
                Appointment = r.NextAppointment!.Value, DaysOverdue = today.DayNumber - r.NextAppointment!.Value.DayNumber,
                LastSystolic = sys, LastDiastolic = dia, LastGlucose = r.Glucose ?? r.BaselineFastingGlucose,
                LastVisitOn = r.LastVisitOn, HighRisk = sys >= 180 || dia >= 110,
                CallAttempts = r.CallAttempts, LastCallOutcome = r.LastCallOutcome,
            };
        })
        .OrderByDescending(i => i.HighRisk).ThenByDescending(i => i.DaysOverdue).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList();
        return new OverdueList(today, items);
    }

    public async Task<EnrolmentDto> RecordOutcomeAsync(Guid enrolmentId, OutcomeInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordOutreach);
        var e = await db.FindEnrolmentAsync(enrolmentId, ct);
        var today = VietnamClock.Today(time);
        e.ApplyOutcome(input.Outcome, today, input.NewAppointment, options.RefusalDays);
        e.Version++;
        if (input.Outcome == CallOutcome.Died)
        {
            await registry.MarkDeceasedAsync(e.PersonId, today, ct);
        }
        else if (input.Outcome == CallOutcome.Moved)
        {
            // Moving away ends care here for every programme.
            foreach (var other in await db.VisibleEnrolments().Where(x => x.PersonId == e.PersonId && x.Id != e.Id && x.Status == EnrolmentStatus.Active).ToListAsync(ct))
            {
                other.Close(ClosingReason.MovedAway, today);
            }
        }

        await db.SaveChangesAsync(ct);
        return EnrolmentDto.From(e);
    }

    public async Task<int> CountAsync(Guid? stationId, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        return await db.VisibleEnrolments().CountAsync(e => (stationId == null || e.OrgUnitId == stationId) && e.Status == EnrolmentStatus.Active
            && e.NextAppointment < today && (e.SnoozedUntil == null || e.SnoozedUntil <= today), ct);
    }
}
