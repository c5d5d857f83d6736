using CoSo.Core.Chronic;
using CoSo.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

/// <summary>Reads the patient's context for the visit form (audited as a read of the resident).</summary>
public sealed class VisitContextService(CoSoDbContext db, TimeProvider time)
{
    public async Task<VisitContext> GetAsync(Guid personId, CancellationToken ct = default)
    {
        var p = await db.People.AsNoTracking().FirstOrDefaultAsync(x => x.Id == personId, ct) ?? throw new NotFoundException();
        var today = VietnamClock.Today(time);
        var record = await db.HealthRecords.AsNoTracking().Where(h => h.ProvinceCode == p.ProvinceCode && h.PersonId == p.Id)
            .OrderByDescending(h => h.VersionNo).Select(h => new { h.AllergyDrugs, h.AllergyOther }).FirstOrDefaultAsync(ct);
        var conditions = await db.Set<ChronicEnrolment>().AsNoTracking()
            .Where(e => e.ProvinceCode == p.ProvinceCode && e.PersonId == p.Id && e.Status == EnrolmentStatus.Active)
            .Select(e => new ChronicCondition(e.Id, e.Programme, e.NextAppointment, e.ProtocolStep)).ToListAsync(ct);
        var visits = db.Encounters.AsNoTracking().Where(e => e.ProvinceCode == p.ProvinceCode && e.PersonId == p.Id && !e.Voided);
        var bp = await visits.Where(e => e.Systolic != null).OrderByDescending(e => e.OccurredAt)
            .Select(e => new { e.Systolic, e.Diastolic, e.VisitDate }).FirstOrDefaultAsync(ct);
        var weight = await visits.Where(e => e.WeightKg != null).OrderByDescending(e => e.OccurredAt).Select(e => e.WeightKg).FirstOrDefaultAsync(ct);
        var last = await visits.Where(e => e.Prescriptions.Any()).OrderByDescending(e => e.OccurredAt).Include(e => e.Prescriptions).FirstOrDefaultAsync(ct);
        var lastLines = last?.Prescriptions.Select(PrescriptionLineDto.From).ToList() ?? [];
        // Still being taken: the last prescription's lines whose days have not run out.
        var current = last is null ? [] : last.Prescriptions.Where(l => last.VisitDate.AddDays(l.Days) >= today).Select(PrescriptionLineDto.From).ToList();
        await db.AuditReadsAsync("visit:context", [(p.Id, p.ProvinceCode)], ct);
        return new VisitContext(p.Id, p.ProvinceCode, p.FullName, VietnamClock.AgeInYears(p.EffectiveBirthDate, today), p.Sex.ToString(), p.BirthDate,
            record?.AllergyDrugs, record?.AllergyOther, conditions, bp?.Systolic, bp?.Diastolic, bp?.VisitDate, weight, current, last?.VisitDate, lastLines);
    }
}
