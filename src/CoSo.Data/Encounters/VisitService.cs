using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

/// <summary>Recording and listing visits. Impossible vitals are rejected; unusual ones are stored with flags.</summary>
public sealed class VisitService(CoSoDbContext db, TimeProvider time)
{
    public async Task<VisitDto> RecordAsync(Guid personId, VisitInput input, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var now = time.GetUtcNow();
        var codes = input.Diagnoses.Select(d => VisitRules.NormalizeIcd(d.Code)).ToList();
        var names = await db.IcdCodes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.NameVi, ct);
        var errors = VisitRules.Validate(input, now, names.ContainsKey);
        var facilityId = input.FacilityId ?? person.OrgUnitId;
        var facility = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == facilityId, ct);
        if (facility is null || facility.Kind is OrgUnitKind.Village)
        {
            errors.Add("facilityId", "orgUnit.unknown", facilityId);
        }

        errors.ThrowIfInvalid();
        var occurred = (input.OccurredAt ?? now).ToUniversalTime();
        var encounter = new Encounter
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            FacilityId = facilityId,
            PersonId = person.Id,
            StaffUserId = db.Actor.UserId,
            OccurredAt = occurred,
            VisitDate = VietnamClock.LocalDate(occurred),
            Reason = Clean(input.Reason),
            Systolic = input.Systolic,
            Diastolic = input.Diastolic,
            Pulse = input.Pulse,
            TemperatureC = input.TemperatureC,
            RespiratoryRate = input.RespiratoryRate,
            SpO2 = input.SpO2,
            WeightKg = input.WeightKg,
            HeightCm = input.HeightCm,
            Bmi = VisitRules.Bmi(input.WeightKg, input.HeightCm),
            CapillaryGlucoseMmol = input.CapillaryGlucoseMmol,
            Flags = errors.Warnings.Count == 0 ? null : string.Join(';', errors.Warnings.Select(w => w.Field)),
            Notes = Clean(input.Notes),
            Disposition = input.Disposition,
            FollowUpDate = input.FollowUpDate,
            ReferredTo = Clean(input.ReferredTo),
            BhytCovered = input.BhytCovered,
            CreatedAt = now,
            Version = 1,
        };
        foreach (var d in input.Diagnoses)
        {
            var code = VisitRules.NormalizeIcd(d.Code);
            encounter.Diagnoses.Add(new EncounterDiagnosis
            {
                Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = encounter.Id,
                PersonId = person.Id, Code = code, NameVi = names[code], IsMain = d.IsMain,
            });
        }

        foreach (var l in input.Prescriptions)
        {
            encounter.Prescriptions.Add(new PrescriptionLine
            {
                Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, EncounterId = encounter.Id,
                PersonId = person.Id, Drug = l.Drug.Trim(), Strength = Clean(l.Strength), Dose = Clean(l.Dose), Quantity = l.Quantity, Days = l.Days,
            });
        }

        db.Encounters.Add(encounter);
        await db.SaveChangesAsync(ct);
        return VisitDto.From(encounter, facility?.Name);
    }

    public async Task<VisitList> ListAsync(Guid personId, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Select(p => new { p.Id, p.ProvinceCode }).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.Encounters.AsNoTracking().Where(e => e.ProvinceCode == person.ProvinceCode && e.PersonId == personId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.OccurredAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Include(e => e.Diagnoses).Include(e => e.Prescriptions).AsSplitQuery().ToListAsync(ct);
        var facilityIds = items.Select(i => i.FacilityId).Distinct().ToList();
        var facilities = await db.OrgUnits.AsNoTracking().Where(u => facilityIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new VisitList(person.Id, person.ProvinceCode, items.Select(e => VisitDto.From(e, facilities.GetValueOrDefault(e.FacilityId))).ToList(), page, pageSize, total);
    }

    public async Task<VisitDto> GetAsync(Guid personId, Guid visitId, CancellationToken ct = default)
    {
        var e = await db.Encounters.AsNoTracking().Include(x => x.Diagnoses).Include(x => x.Prescriptions)
            .FirstOrDefaultAsync(x => x.Id == visitId && x.PersonId == personId, ct) ?? throw new NotFoundException();
        var facility = await db.OrgUnits.AsNoTracking().Where(u => u.Id == e.FacilityId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        return VisitDto.From(e, facility);
    }

    /// <summary>Visits held at a unit on a local date (the station's "today" list).</summary>
    public async Task<int> CountOnAsync(Guid facilityId, DateOnly date, CancellationToken ct = default) =>
        await db.Encounters.CountAsync(e => e.FacilityId == facilityId && e.VisitDate == date, ct);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s);
}
