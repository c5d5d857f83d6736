namespace CoSo.Core.Facilities;

/// <summary>
/// A criteria set as data (docs/commune-health-criteria.md). The pass rule is data too, and every part of it is
/// optional so that old files keep scoring as before: the total reaches <see cref="MinTotalPoints"/>; if
/// <see cref="RequireEveryCriterion"/>, every criterion reaches its own pass points; if set, the total exceeds (or
/// reaches) <see cref="MinTotalPercent"/> % of the maximum and every criterion exceeds (or reaches)
/// <see cref="MinCriterionPercent"/> % of its points; and no critical (knock-out) indicator fails. QĐ 4667/QĐ-BYT's
/// rule is: no knock-out item failed, every criterion &gt; 50 %, total &gt; 80 %. A recognition lasts
/// <see cref="ValidYears"/> years (3 under QĐ 4667).
/// </summary>
public sealed record CriteriaSetDefinition(
    string Code,
    string Name,
    bool IsExample,
    string? Source,
    int FromYear,
    int ToYear,
    decimal MinTotalPoints,
    bool RequireEveryCriterion,
    IReadOnlyList<CriterionDefinition> Criteria,
    decimal? MinTotalPercent = null,
    bool MinTotalPercentStrict = false,
    decimal? MinCriterionPercent = null,
    bool MinCriterionPercentStrict = false,
    int? ValidYears = null)
{
    public decimal MaxPoints => Criteria.Sum(c => c.MaxPoints);

    public PassRule Rule => new(MinTotalPoints, RequireEveryCriterion, MinTotalPercent, MinTotalPercentStrict, MinCriterionPercent, MinCriterionPercentStrict, ValidYears);
}
