using CoSo.Core.Encounters;
using CoSo.Data.People;

namespace CoSo.Data.Encounters;

public sealed record VisitDto : IPersonReference
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public Guid FacilityId { get; init; }

    public string? FacilityName { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateOnly VisitDate { get; init; }

    public string? Reason { get; init; }

    public int? Systolic { get; init; }

    public int? Diastolic { get; init; }

    public int? Pulse { get; init; }

    public decimal? TemperatureC { get; init; }

    public int? RespiratoryRate { get; init; }

    public int? SpO2 { get; init; }

    public decimal? WeightKg { get; init; }

    public decimal? HeightCm { get; init; }

    public decimal? WaistCm { get; init; }

    public decimal? Bmi { get; init; }

    public decimal? CapillaryGlucoseMmol { get; init; }

    public IReadOnlyList<string> Flags { get; init; } = [];

    public string? Notes { get; init; }

    public Disposition Disposition { get; init; }

    public VisitPurpose Purpose { get; init; }

    public DateOnly? FollowUpDate { get; init; }

    public string? ReferredTo { get; init; }

    public bool BhytCovered { get; init; }

    public IReadOnlyList<DiagnosisDto> Diagnoses { get; init; } = [];

    public IReadOnlyList<PrescriptionInput> Prescriptions { get; init; } = [];

    /// <summary>The prescription with what the station's stock handed out (added with the formulary).</summary>
    public IReadOnlyList<PrescriptionLineDto> Lines { get; init; } = [];

    public string? BhytCategory { get; init; }

    public int BhytBenefitPercent { get; init; }

    public string? BhytRuleId { get; init; }

    public Guid? ArrivalId { get; init; }

    public bool Voided { get; init; }

    public string? VoidReason { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The clinician who wrote the visit (filled where one visit is read, e.g. for the printed prescription).</summary>
    public string? StaffName { get; init; }

    public int Version { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];

    public static VisitDto From(Encounter e, string? facilityName) => new()
    {
        Id = e.Id,
        PersonId = e.PersonId,
        ProvinceCode = e.ProvinceCode,
        FacilityId = e.FacilityId,
        FacilityName = facilityName,
        OccurredAt = e.OccurredAt,
        VisitDate = e.VisitDate,
        Reason = e.Reason,
        Systolic = e.Systolic,
        Diastolic = e.Diastolic,
        Pulse = e.Pulse,
        TemperatureC = e.TemperatureC,
        RespiratoryRate = e.RespiratoryRate,
        SpO2 = e.SpO2,
        WeightKg = e.WeightKg,
        HeightCm = e.HeightCm,
        WaistCm = e.WaistCm,
        Bmi = e.Bmi,
        CapillaryGlucoseMmol = e.CapillaryGlucoseMmol,
        Flags = string.IsNullOrEmpty(e.Flags) ? [] : e.Flags.Split(';'),
        Notes = e.Notes,
        Disposition = e.Disposition,
        Purpose = e.Purpose,
        FollowUpDate = e.FollowUpDate,
        ReferredTo = e.ReferredTo,
        BhytCovered = e.BhytCovered,
        Diagnoses = e.Diagnoses.OrderByDescending(d => d.IsMain).Select(d => new DiagnosisDto(d.Code, d.NameVi, d.IsMain)).ToList(),
        Prescriptions = e.Prescriptions.Select(l => new PrescriptionInput(l.Drug, l.Strength, l.Dose, l.Quantity, l.Days)
        {
            DrugCode = l.DrugCode, DosePerTake = l.DosePerTake, TimesPerDay = l.TimesPerDay, AllergyOverrideReason = l.AllergyOverrideReason,
        }).ToList(),
        Lines = e.Prescriptions.Select(PrescriptionLineDto.From).ToList(),
        BhytCategory = e.BhytCategory,
        BhytBenefitPercent = e.BhytBenefitPercent,
        BhytRuleId = e.BhytRuleId,
        ArrivalId = e.ArrivalId,
        Voided = e.Voided,
        VoidReason = e.VoidReason,
        VoidedAt = e.VoidedAt,
        UpdatedAt = e.UpdatedAt,
        Version = e.Version,
    };
}
