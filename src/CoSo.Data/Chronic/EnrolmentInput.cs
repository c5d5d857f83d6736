using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record EnrolmentInput
{
    public ChronicProgramme Programme { get; init; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? RegisteredOn { get; init; }

    public string? DiagnosedBy { get; init; }

    public int? BaselineSystolic { get; init; }

    public int? BaselineDiastolic { get; init; }

    public decimal? BaselineFastingGlucose { get; init; }

    public decimal? BaselineHbA1c { get; init; }

    /// <summary>Defaults to the programme's first protocol.</summary>
    public string? ProtocolCode { get; init; }

    /// <summary>Defaults to registration + the protocol's follow-up days.</summary>
    public DateOnly? NextAppointment { get; init; }
}
