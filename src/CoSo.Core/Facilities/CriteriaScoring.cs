namespace CoSo.Core.Facilities;

/// <summary>
/// Scores a self-assessment. Per indicator: YesNo earns its points when the value is ≥ 1; Percent earns its points
/// when the value reaches the target (all or nothing); Score earns the value clamped to 0..points. A missing value earns 0.
/// </summary>
public static class CriteriaScoring
{
    public static CriteriaScore Score(CriteriaSetDefinition set, IEnumerable<IndicatorValue> values)
    {
        var byCode = values.GroupBy(v => v.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var criteria = new List<CriterionScore>();
        foreach (var c in set.Criteria)
        {
            var indicators = c.Indicators.Select(i =>
            {
                var v = byCode.GetValueOrDefault(i.Code);
                return new IndicatorScore(i.Code, v?.Value, PointsOf(i, v?.Value), i.Points, v?.IsAuto ?? false, v?.Note);
            }).ToList();
            var points = indicators.Sum(i => i.Points);
            criteria.Add(new CriterionScore(c.Code, c.Name, points, c.MaxPoints, c.PassPoints, points >= c.PassPoints, indicators));
        }

        var total = criteria.Sum(c => c.Points);
        var passed = total >= set.MinTotalPoints && (!set.RequireEveryCriterion || criteria.All(c => c.Passed));
        return new CriteriaScore(total, set.MaxPoints, set.MinTotalPoints, passed, criteria);
    }

    public static decimal PointsOf(IndicatorDefinition indicator, decimal? value) => value switch
    {
        null => 0,
        { } v when indicator.Kind == IndicatorKind.YesNo => v >= 1 ? indicator.Points : 0,
        { } v when indicator.Kind == IndicatorKind.Percent => v >= (indicator.Target ?? 100) ? indicator.Points : 0,
        { } v => Math.Clamp(v, 0, indicator.Points),
    };
}
