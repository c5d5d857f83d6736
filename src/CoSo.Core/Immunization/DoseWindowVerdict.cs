namespace CoSo.Core.Immunization;

/// <summary>Whether a dose may be recorded on a date; when not, a message code of Messages.resx and the earliest valid date if one exists.</summary>
public readonly record struct DoseWindowVerdict(bool Allowed, string? Code, DateOnly? EarliestDate)
{
    public static DoseWindowVerdict Ok { get; } = new(true, null, null);
}
