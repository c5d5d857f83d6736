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

    /// <summary>
    /// What the clinician prescribes. Null: nothing, unless <see cref="AcceptSuggestion"/> — CoSo never prescribes on
    /// its own (the protocol's step is a suggestion the clinician confirms).
    /// </summary>
    public IReadOnlyList<PrescriptionInput>? Prescriptions { get; init; }

    /// <summary>Null: the current step, unless <see cref="AcceptSuggestion"/>.</summary>
    public int? ProtocolStep { get; init; }

    /// <summary>
    /// The clinician confirms the protocol's suggestion: its step, and its drugs for <see cref="Days"/> days when no
    /// prescription is sent.
    /// </summary>
    public bool AcceptSuggestion { get; init; }

    /// <summary>Null: pregnant when the maternal register has a reported or active pregnancy.</summary>
    public bool? Pregnant { get; init; }

    /// <summary>An older person's health status (diabetes target); saved on the enrolment.</summary>
    public OlderAdultHealth? OlderAdultHealth { get; init; }

    public int Days { get; init; } = 30;

    /// <summary>Null: visit date + the protocol's follow-up days.</summary>
    public DateOnly? NextAppointment { get; init; }

    public string? Notes { get; init; }
}
