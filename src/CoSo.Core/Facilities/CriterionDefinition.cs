namespace CoSo.Core.Facilities;

/// <summary>A criterion (tiêu chí): its indicators and the points it needs to pass.</summary>
public sealed record CriterionDefinition(string Code, string Name, decimal PassPoints, IReadOnlyList<IndicatorDefinition> Indicators)
{
    public decimal MaxPoints => Indicators.Sum(i => i.Points);
}
