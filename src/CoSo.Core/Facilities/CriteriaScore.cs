namespace CoSo.Core.Facilities;

public sealed record CriteriaScore(decimal Points, decimal MaxPoints, decimal MinTotalPoints, bool Passed, IReadOnlyList<CriterionScore> Criteria);
