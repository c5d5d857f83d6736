using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record EnrolmentInput
{
    public ChronicProgramme Programme { get; init; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? RegisteredOn { get; init; }

    public string? DiagnosedBy { get; init; }

    /// <summary>
    /// The ICD-10 code of the diagnosis (I10–I15 for hypertension, E10–E14 for diabetes). Defaults to I10 / E11
    /// (the clinician enrols into the type 2 programme). E10, E12, E13 and E14 are enrolled without the oral type 2
    /// protocol and flagged for referral.
    /// </summary>
    public string? DiagnosisCode { get; init; }

    /// <summary>An older person's health status (diabetes target); null = healthy.</summary>
    public OlderAdultHealth? OlderAdultHealth { get; init; }

    public int? BaselineSystolic { get; init; }

    public int? BaselineDiastolic { get; init; }

    public decimal? BaselineFastingGlucose { get; init; }

    public decimal? BaselineHbA1c { get; init; }

    /// <summary>Defaults to the programme's first protocol.</summary>
    public string? ProtocolCode { get; init; }

    /// <summary>Defaults to registration + the protocol's follow-up days.</summary>
    public DateOnly? NextAppointment { get; init; }
}
