using CoSo.Core.Common;

namespace CoSo.Core.Facilities;

/// <summary>
/// Scores a self-assessment. Per indicator: YesNo earns its points when the value is ≥ 1; Percent earns its points
/// when the value reaches the target (all or nothing); Score earns the value clamped to 0..points. A missing value earns 0.
/// The commune passes when none of the set's pass rules fails (<see cref="CriteriaSetDefinition"/>); each failed rule
/// is a <see cref="ScoreReason"/>: knock-out items first, then criteria in order, then the total.
/// </summary>
public static class CriteriaScoring
{
    public static CriteriaScore Score(CriteriaSetDefinition set, IEnumerable<IndicatorValue> values)
    {
        var byCode = values.GroupBy(v => v.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var names = set.Criteria.SelectMany(c => c.Indicators).ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        var criteria = new List<CriterionScore>();
        var knockOuts = new List<ScoreReason>();
        var belowMinimum = new List<ScoreReason>();
        foreach (var c in set.Criteria)
        {
            var indicators = c.Indicators.Select(i =>
            {
                var v = byCode.GetValueOrDefault(i.Code);
                return new IndicatorScore(i.Code, v?.Value, PointsOf(i, v?.Value), i.Points, v?.IsAuto ?? false, v?.Note, i.Critical);
            }).ToList();
            knockOuts.AddRange(indicators.Where(i => i.KnockedOut).Select(i => Reason("facilities.score.critical", i.Code, i.Code, names[i.Code])));

            var points = indicators.Sum(i => i.Points);
            var meetsPassPoints = points >= c.PassPoints;
            var meetsShare = set.MinCriterionPercent is not { } share || PassRule.Reaches(points, c.MaxPoints, share, set.MinCriterionPercentStrict);
            var score = new CriterionScore(c.Code, c.Name, points, c.MaxPoints, c.PassPoints, meetsPassPoints && meetsShare, indicators);
            criteria.Add(score);
            if (set.RequireEveryCriterion && !meetsPassPoints)
            {
                belowMinimum.Add(Reason("facilities.score.criterionPoints", c.Code, c.Code, c.Name, points, c.PassPoints));
            }

            if (!meetsShare)
            {
                belowMinimum.Add(Reason("facilities.score.criterionPercent", c.Code, c.Code, c.Name, points, c.MaxPoints, score.Percent,
                    PassRule.Operator(set.MinCriterionPercentStrict), set.MinCriterionPercent));
            }
        }

        var total = criteria.Sum(c => c.Points);
        var max = set.MaxPoints;
        var reasons = knockOuts.Concat(belowMinimum).ToList();
        if (total < set.MinTotalPoints)
        {
            reasons.Add(Reason("facilities.score.totalPoints", null, total, set.MinTotalPoints));
        }

        if (set.MinTotalPercent is { } minPercent && !PassRule.Reaches(total, max, minPercent, set.MinTotalPercentStrict))
        {
            reasons.Add(Reason("facilities.score.totalPercent", null, total, max, max == 0 ? 0 : Math.Round(100 * total / max, 1),
                PassRule.Operator(set.MinTotalPercentStrict), minPercent));
        }

        return new CriteriaScore(total, max, set.MinTotalPoints, reasons.Count == 0, criteria, reasons, set.Rule);
    }

    public static decimal PointsOf(IndicatorDefinition indicator, decimal? value) => value switch
    {
        null => 0,
        { } v when indicator.Kind == IndicatorKind.YesNo => v >= 1 ? indicator.Points : 0,
        { } v when indicator.Kind == IndicatorKind.Percent => v >= (indicator.Target ?? 100) ? indicator.Points : 0,
        { } v => Math.Clamp(v, 0, indicator.Points),
    };

    private static ScoreReason Reason(string code, string? subject, params object?[] args) =>
        new(code, subject, Messages.Get(code, Messages.Vietnamese, args), Messages.Get(code, Messages.English, args));
}
