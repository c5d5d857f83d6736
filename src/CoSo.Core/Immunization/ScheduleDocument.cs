namespace CoSo.Core.Immunization;

// The JSON shape of data/immunization/schedule.json; mapped to ScheduleRule by ImmunizationSchedule.Load.
internal sealed class ScheduleDocument
{
    public int SchemaVersion { get; set; }
    public LiveSpacingDocument? LiveSpacing { get; set; }
    public List<VersionDocument>? Versions { get; set; }
    public List<RuleDocument> Rules { get; set; } = [];
}

internal sealed class VersionDocument
{
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? LegalBasis { get; set; }
    public string? Confidence { get; set; }
    public string? Note { get; set; }
    public string? Changes { get; set; }
}

internal sealed class LiveSpacingDocument
{
    public int MinimumDays { get; set; } = 28;
    public bool AppliesToOral { get; set; }
}

internal sealed class RuleDocument
{
    public string? Vaccine { get; set; }
    public int Dose { get; set; }
    public List<string>? Antigens { get; set; }
    public string? Programme { get; set; }
    public bool Live { get; set; }
    public string? Route { get; set; }
    public AgeDocument? RecommendedAge { get; set; }
    public AgeDocument? MinimumAge { get; set; }
    public AgeDocument? MinimumInterval { get; set; }
    public AgeDocument? MaximumAge { get; set; }
    public DoseRefDocument? IntervalFrom { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? Source { get; set; }
}

internal sealed class AgeDocument
{
    public int Years { get; set; }
    public int Months { get; set; }
    public int Weeks { get; set; }
    public int Days { get; set; }
}

internal sealed class DoseRefDocument
{
    public string? Vaccine { get; set; }
    public int Dose { get; set; }
}
