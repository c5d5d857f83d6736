namespace CoSo.Core.Facilities;

public sealed record CriterionScore(string Code, string Name, decimal Points, decimal MaxPoints, decimal PassPoints, bool Passed, IReadOnlyList<IndicatorScore> Indicators);
