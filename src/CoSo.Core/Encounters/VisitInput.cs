namespace CoSo.Core.Encounters;

public sealed record VisitInput
{
    public DateTimeOffset? OccurredAt { get; init; }

    public Guid? FacilityId { get; init; }

    public string? Reason { get; init; }

    /// <summary>Illness visit (default), periodic check or screening.</summary>
    public VisitPurpose Purpose { get; init; }

    public int? Systolic { get; init; }

    public int? Diastolic { get; init; }

    public int? Pulse { get; init; }

    public decimal? TemperatureC { get; init; }

    public int? RespiratoryRate { get; init; }

    public int? SpO2 { get; init; }

    public decimal? WeightKg { get; init; }

    public decimal? HeightCm { get; init; }

    /// <summary>Waist circumference (cm): a diabetes screening factor at ≥ 90 (men) / ≥ 80 (women).</summary>
    public decimal? WaistCm { get; init; }

    public decimal? CapillaryGlucoseMmol { get; init; }

    public string? Notes { get; init; }

    public Disposition Disposition { get; init; } = Disposition.Home;

    public DateOnly? FollowUpDate { get; init; }

    public string? ReferredTo { get; init; }

    /// <summary>Kept for the API's first clients and ignored: coverage is decided from the card (at the desk, or
    /// when the visit is saved), never typed.</summary>
    public bool BhytCovered { get; init; }

    /// <summary>The reception arrival this visit answers: its BHYT check is used and it leaves the queue as done.</summary>
    public Guid? ArrivalId { get; init; }

    public IReadOnlyList<DiagnosisInput> Diagnoses { get; init; } = [];

    public IReadOnlyList<PrescriptionInput> Prescriptions { get; init; } = [];
}
