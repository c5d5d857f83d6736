using CoSo.Core.People;

namespace CoSo.Core.Encounters;

/// <summary>A visit of a resident at a health unit, by a staff member.</summary>
public sealed class Encounter : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station managing the resident (scope), copied from the person.</summary>
    public Guid OrgUnitId { get; set; }

    /// <summary>Where the visit took place.</summary>
    public Guid FacilityId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? StaffUserId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The local (Asia/Ho_Chi_Minh) date of the visit.</summary>
    public DateOnly VisitDate { get; set; }

    public string? Reason { get; set; }

    /// <summary>Illness visit, periodic check or screening (Resolution 72-NQ/TW's yearly check counts the last two).</summary>
    public VisitPurpose Purpose { get; set; }

    public int? Systolic { get; set; }

    public int? Diastolic { get; set; }

    public int? Pulse { get; set; }

    public decimal? TemperatureC { get; set; }

    public int? RespiratoryRate { get; set; }

    public int? SpO2 { get; set; }

    public decimal? WeightKg { get; set; }

    public decimal? HeightCm { get; set; }

    public decimal? WaistCm { get; set; }

    public decimal? Bmi { get; set; }

    public decimal? CapillaryGlucoseMmol { get; set; }

    /// <summary>Codes of values accepted but flagged as unusual, separated by ';' (e.g. "systolic;diastolic").</summary>
    public string? Flags { get; set; }

    public string? Notes { get; set; }

    public Disposition Disposition { get; set; } = Disposition.Home;

    public DateOnly? FollowUpDate { get; set; }

    public string? ReferredTo { get; set; }

    public bool BhytCovered { get; set; }

    /// <summary>MA_DOITUONG_KCB decided for the visit (QĐ 3276/QĐ-BYT): "1.2" at a station, "9" when not covered.</summary>
    public string? BhytCategory { get; set; }

    /// <summary>MUC_HUONG: the share the fund pays (100 at a commune station).</summary>
    public int BhytBenefitPercent { get; set; }

    /// <summary>The coverage rule that decided (data/bhyt/coverage-rules.json) or the card check that refused.</summary>
    public string? BhytRuleId { get; set; }

    /// <summary>The reception arrival this visit answers, if the resident came through the queue.</summary>
    public Guid? ArrivalId { get; set; }

    /// <summary>A voided visit stays on the record, marked, and out of every indicator.</summary>
    public bool Voided { get; set; }

    public string? VoidReason { get; set; }

    public DateTimeOffset? VoidedAt { get; set; }

    public Guid? VoidedByUserId { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    public List<EncounterDiagnosis> Diagnoses { get; set; } = [];

    public List<PrescriptionLine> Prescriptions { get; set; } = [];

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
