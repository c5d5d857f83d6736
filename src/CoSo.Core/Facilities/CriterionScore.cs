namespace CoSo.Core.Facilities;

/// <summary>A scored criterion: <see cref="Passed"/> = its pass points reached and, when the set has one, its minimum share.</summary>
public sealed record CriterionScore(string Code, string Name, decimal Points, decimal MaxPoints, decimal PassPoints, bool Passed, IReadOnlyList<IndicatorScore> Indicators)
{
    public decimal Percent => MaxPoints == 0 ? 0 : Math.Round(100 * Points / MaxPoints, 1);
}
