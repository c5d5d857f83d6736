namespace CoSo.Core.Facilities;

/// <summary>
/// A criteria set as data (docs/commune-health-criteria.md): a commune passes when its total reaches
/// <see cref="MinTotalPoints"/> and, if <see cref="RequireEveryCriterion"/>, every criterion reaches its own pass points.
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
    IReadOnlyList<CriterionDefinition> Criteria)
{
    public decimal MaxPoints => Criteria.Sum(c => c.MaxPoints);
}
