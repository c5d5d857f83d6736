using CoSo.Core.Chronic;
using CoSo.Core.Encounters;

namespace CoSo.Data.Chronic;

public sealed record FollowUpInput
{
    public DateTimeOffset? OccurredAt { get; init; }

    public int? Systolic { get; init; }

    public int? Diastolic { get; init; }

    public decimal? CapillaryGlucoseMmol { get; init; }

    public decimal? FastingGlucose { get; init; }

    public decimal? HbA1c { get; init; }

    public decimal? WeightKg { get; init; }

    public Adherence Adherence { get; init; }

    /// <summary>Null: the protocol step's drugs (after the suggested step-up) for <see cref="Days"/> days.</summary>
    public IReadOnlyList<PrescriptionInput>? Prescriptions { get; init; }

    /// <summary>Null: the suggested step.</summary>
    public int? ProtocolStep { get; init; }

    public int Days { get; init; } = 30;

    /// <summary>Null: visit date + the protocol's follow-up days.</summary>
    public DateOnly? NextAppointment { get; init; }

    public string? Notes { get; init; }
}
