using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Records;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Records;

/// <summary>The QĐ 831 personal health record: each save appends a version; optimistic concurrency on the version number.</summary>
public sealed class HealthRecordService(CoSoDbContext db, TimeProvider time)
{
    public async Task<HealthRecordDto> GetAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Select(p => new { p.Id, p.ProvinceCode }).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var current = await db.HealthRecords.AsNoTracking().Where(r => r.ProvinceCode == person.ProvinceCode && r.PersonId == personId)
            .OrderByDescending(r => r.VersionNo).FirstOrDefaultAsync(ct);
        return current is null ? new HealthRecordDto(personId, person.ProvinceCode, 0, null, new HealthRecordInput(), false) : ToDto(current);
    }

    public async Task<HealthRecordHistory> HistoryAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Select(p => new { p.Id, p.ProvinceCode }).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var versions = await db.HealthRecords.AsNoTracking().Where(r => r.ProvinceCode == person.ProvinceCode && r.PersonId == personId)
            .OrderByDescending(r => r.VersionNo).ToListAsync(ct);
        return new HealthRecordHistory(personId, person.ProvinceCode, versions.Select(ToDto).ToList());
    }

    public async Task<HealthRecordDto> SaveAsync(Guid personId, HealthRecordInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var codes = HealthRecordRules.SplitCodes(input.ChronicConditionCodes).ToList();
        var known = await db.IcdCodes.AsNoTracking().Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct);
        HealthRecordRules.Validate(input, known.Contains).ThrowIfInvalid();
        var current = await db.HealthRecords.Where(r => r.ProvinceCode == person.ProvinceCode && r.PersonId == personId).MaxAsync(r => (int?)r.VersionNo, ct) ?? 0;
        if (current != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        var record = new HealthRecordVersion
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            PersonId = person.Id,
            VersionNo = expectedVersion + 1,
            RecordedAt = time.GetUtcNow(),
            RecordedByUserId = db.Actor.UserId,
        };
        HealthRecordRules.Apply(input, record);
        db.HealthRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // A concurrent writer inserted the same version number first (unique index).
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException("Concurrent health-record update.", ex);
        }

        return ToDto(record);
    }

    private static HealthRecordDto ToDto(HealthRecordVersion r) => new(r.PersonId, r.ProvinceCode, r.VersionNo, r.RecordedAt, new HealthRecordInput
    {
        BloodGroupAbo = r.BloodGroupAbo,
        BloodGroupRh = r.BloodGroupRh,
        Tobacco = r.Tobacco,
        Alcohol = r.Alcohol,
        PhysicallyActive = r.PhysicallyActive,
        DietNotes = r.DietNotes,
        ChronicConditionCodes = r.ChronicConditionCodes,
        MedicalHistory = r.MedicalHistory,
        SurgicalHistory = r.SurgicalHistory,
        FamilyHypertension = r.FamilyHypertension,
        FamilyDiabetes = r.FamilyDiabetes,
        GestationalDiabetes = r.GestationalDiabetes,
        Prediabetes = r.Prediabetes,
        FamilyHistory = r.FamilyHistory,
        AllergyDrugs = r.AllergyDrugs,
        AllergyFood = r.AllergyFood,
        AllergyOther = r.AllergyOther,
        Disabilities = r.Disabilities,
        OccupationalExposure = r.OccupationalExposure,
        ReproductiveHealth = r.ReproductiveHealth,
        OtherProblems = r.OtherProblems,
    }, r.HasAllergies);
}
