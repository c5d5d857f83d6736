namespace CoSo.Core.Facilities;

/// <summary>A commune's yearly self-assessment against a criteria set, with the district's review.</summary>
public sealed class CriteriaAssessment
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public Guid CriteriaSetId { get; set; }

    public int Year { get; set; }

    public AssessmentStatus Status { get; set; }

    /// <summary>The indicator values (JSON array of <see cref="IndicatorValue"/>), auto values included as computed when saved.</summary>
    public string ValuesJson { get; set; } = "[]";

    public decimal Points { get; set; }

    public bool Passed { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewNote { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public int Version { get; set; }
}
