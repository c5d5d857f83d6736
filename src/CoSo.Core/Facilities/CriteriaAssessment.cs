namespace CoSo.Core.Facilities;

/// <summary>
/// A commune's yearly self-assessment against a criteria set, with the regional centre's optional pre-review and the
/// province's review (<see cref="RecognitionPolicy"/>).
/// </summary>
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

    /// <summary>The regional health centre's opinion on the submission (it may not approve); cleared when the station resubmits.</summary>
    public string? PreReviewedBy { get; set; }

    public string? PreReviewNote { get; set; }

    public DateTimeOffset? PreReviewedAt { get; set; }

    /// <summary>
    /// Last day of the recognition, for an approved passing assessment under a set with a validity period: fixed when
    /// approved, so that re-importing the set later does not change a decided recognition.
    /// </summary>
    public DateOnly? RecognisedUntil { get; set; }

    public int Version { get; set; }
}
