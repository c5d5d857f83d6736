using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

public sealed class CareCardService(CoSoDbContext db, TimeProvider time)
{
    public async Task<CareCard> GetAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthYear })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
        var enrolments = await db.VisibleEnrolments().AsNoTracking().Where(e => e.ProvinceCode == person.ProvinceCode && e.PersonId == personId)
            .OrderBy(e => e.RegisteredOn).ToListAsync(ct);
        var visits = await db.Encounters.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(v => v.ProvinceCode == person.ProvinceCode && v.PersonId == personId)
            .OrderBy(v => v.OccurredAt).Include(v => v.Prescriptions).ToListAsync(ct);
        var labs = await db.Set<ChronicFollowUp>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(f => f.ProvinceCode == person.ProvinceCode && f.PersonId == personId)
            .ToDictionaryAsync(f => f.EncounterId, ct);
        // A transfer copies the baseline to the new enrolment: show it once, from the original.
        var readings = enrolments.Where(e => e.TransferredFromId == null).Where(e => e.BaselineSystolic != null || e.BaselineFastingGlucose != null || e.BaselineHbA1c != null)
            .Select(e => new CareReading(e.RegisteredOn, e.BaselineSystolic, e.BaselineDiastolic, null, e.BaselineFastingGlucose, e.BaselineHbA1c))
            .Concat(visits.Select(v => new CareReading(v.VisitDate, v.Systolic, v.Diastolic, v.CapillaryGlucoseMmol, labs.GetValueOrDefault(v.Id)?.FastingGlucose, labs.GetValueOrDefault(v.Id)?.HbA1c)))
            .Where(r => r.Systolic != null || r.CapillaryGlucose != null || r.FastingGlucose != null || r.HbA1c != null)
            .OrderBy(r => r.Date).ToList();
        // A village health worker sees the readings (they take BPs at home) but not what was prescribed (ADR 0010).
        var meds = db.Actor.Can(Core.Identity.Capability.ReadClinicalDetail)
            ? visits.SelectMany(v => v.Prescriptions.Select(p => new CareMedication(v.VisitDate, p.Drug, p.Strength, p.Dose, p.Days))).ToList()
            : [];
        var age = VietnamClock.AgeInYears(person.BirthDate ?? new DateOnly(person.BirthYear, 7, 1), VietnamClock.Today(time));
        return new CareCard(person.Id, person.ProvinceCode, person.FullName, enrolments.Select(e => EnrolmentDto.From(e, person.FullName)).ToList(), readings, meds) { Age = age };
    }
}
