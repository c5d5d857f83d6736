namespace CoSo.Core.Facilities;

/// <summary>A scored self-assessment: <see cref="Reasons"/> lists every rule it fails (empty when it passes).</summary>
public sealed record CriteriaScore(
    decimal Points,
    decimal MaxPoints,
    decimal MinTotalPoints,
    bool Passed,
    IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<ScoreReason> Reasons,
    PassRule Rule)
{
    public decimal Percent => MaxPoints == 0 ? 0 : Math.Round(100 * Points / MaxPoints, 1);
}
