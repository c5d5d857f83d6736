using CoSo.Core.People;

namespace CoSo.Core.Growth;

/// <summary>
/// One weighing and measuring of a child under 5, with the WHO z-scores and classes computed when it was recorded
/// (anthro 1.1.0 rules, <see cref="ZScoreCalculator"/>). The values are stored, not recomputed at read time, so that a
/// station's nutrition figures for a past month do not move; a corrected birth date is a new measurement's business.
/// </summary>
public sealed class GrowthMeasurement : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station managing the child (scope), copied from the person and moved with them.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public DateOnly MeasuredOn { get; set; }

    /// <summary>Days from birth to <see cref="MeasuredOn"/>, the key of the WHO tables.</summary>
    public int AgeDays { get; set; }

    public decimal? WeightKg { get; set; }

    /// <summary>Length or height as measured (before the 0.7 cm adjustment).</summary>
    public decimal? LengthCm { get; set; }

    public MeasuredPosition? Position { get; set; }

    /// <summary>Mid-upper arm circumference, mm.</summary>
    public int? MuacMm { get; set; }

    /// <summary>Bilateral pitting oedema.</summary>
    public bool Oedema { get; set; }

    public MeasurementOccasion Occasion { get; set; } = MeasurementOccasion.Visit;

    /// <summary>The visit it was taken at, if any.</summary>
    public Guid? EncounterId { get; set; }

    /// <summary>The immunization session it was taken at, if any.</summary>
    public Guid? SessionId { get; set; }

    public decimal? Waz { get; set; }

    public decimal? Haz { get; set; }

    public decimal? Whz { get; set; }

    public decimal? Baz { get; set; }

    public GrowthIssues Flags { get; set; }

    /// <summary>Null when WAZ could not be assessed (no weight, or flagged implausible).</summary>
    public WeightForAgeClass? WeightForAge { get; set; }

    public LengthForAgeClass? LengthForAge { get; set; }

    public WeightForLengthClass? WeightForLength { get; set; }

    /// <summary>WHZ &lt; −3, oedema, or MUAC &lt; 115 mm from 6 months: refer (<see cref="MalnutritionReferral"/>).</summary>
    public bool SevereAcuteMalnutrition { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    /// <summary>The stored outcome again as an assessment (its contract codes).</summary>
    public GrowthAssessment ToAssessment() => new(AgeDays, (double?)Waz, (double?)Haz, (double?)Whz, (double?)Baz, Flags, WeightForAge, LengthForAge, WeightForLength);
}
