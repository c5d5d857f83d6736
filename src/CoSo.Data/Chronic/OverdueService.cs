using CoSo.Core.Chronic;
using CoSo.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>Patients past their appointment, riskiest first, and the outcome of calling them.</summary>
public sealed class OverdueService(CoSoDbContext db, TimeProvider time, ChronicOptions options, ChronicRegistryService registry)
{
    public async Task<OverdueList> ListAsync(Guid? stationId = null, Guid? villageId = null, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var query = db.VisibleEnrolments().AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Active && e.NextAppointment < today && (e.SnoozedUntil == null || e.SnoozedUntil <= today));
        if (stationId is { } s)
        {
            query = query.Where(e => e.OrgUnitId == s);
        }

        var rows = await query
            .Join(db.People, e => new { e.ProvinceCode, Id = e.PersonId }, p => new { p.ProvinceCode, p.Id }, (e, p) => new { e, p.FullName, p.Phone, p.VillageId })
            .Where(x => villageId == null || x.VillageId == villageId)
            .ToListAsync(ct);
        var personIds = rows.Select(r => r.e.PersonId).Distinct().ToList();
        var readings = await db.Encounters.IgnoreQueryFilters().AsNoTracking()
            .Where(v => personIds.Contains(v.PersonId) && (v.Systolic != null || v.CapillaryGlucoseMmol != null))
            .Select(v => new { v.PersonId, v.VisitDate, v.OccurredAt, v.Systolic, v.Diastolic, v.CapillaryGlucoseMmol })
            .ToListAsync(ct);
        var last = readings.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.OccurredAt).ToList());
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = rows.Select(r =>
        {
            var history = last.GetValueOrDefault(r.e.PersonId) ?? [];
            var bp = history.FirstOrDefault(h => h.Systolic != null);
            var glucose = history.FirstOrDefault(h => h.CapillaryGlucoseMmol != null);
            var sys = bp?.Systolic ?? r.e.BaselineSystolic;
            var dia = bp?.Diastolic ?? r.e.BaselineDiastolic;
            return new OverdueItem
            {
                EnrolmentId = r.e.Id, PersonId = r.e.PersonId, ProvinceCode = r.e.ProvinceCode, FullName = r.FullName, Phone = r.Phone,
                VillageId = r.VillageId, VillageName = r.VillageId is { } v ? villages.GetValueOrDefault(v) : null, Programme = r.e.Programme,
                Appointment = r.e.NextAppointment!.Value, DaysOverdue = today.DayNumber - r.e.NextAppointment!.Value.DayNumber,
                LastSystolic = sys, LastDiastolic = dia, LastGlucose = glucose?.CapillaryGlucoseMmol ?? r.e.BaselineFastingGlucose,
                LastVisitOn = history.FirstOrDefault()?.VisitDate, HighRisk = sys >= 180 || dia >= 110,
                CallAttempts = r.e.CallAttempts, LastCallOutcome = r.e.LastCallOutcome,
            };
        })
        .OrderByDescending(i => i.HighRisk).ThenByDescending(i => i.DaysOverdue).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList();
        return new OverdueList(today, items);
    }

    public async Task<EnrolmentDto> RecordOutcomeAsync(Guid enrolmentId, OutcomeInput input, CancellationToken ct = default)
    {
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
