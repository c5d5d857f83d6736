using CoSo.Core.Common;
using CoSo.Core.Facilities;

namespace CoSo.Core.Tests.Facilities;

/// <summary>
/// The pass rule of QĐ 4667/QĐ-BYT (2014) as reported by the provinces that applied it: no knock-out item
/// ("điểm liệt") failed, every criterion above 50 % of its points, the total above 80 % of the maximum. Each case below
/// is worked out from that rule on a 100-point set of two criteria of 50 points.
/// </summary>
public sealed class CriteriaPassRuleTests
{
    private static CriteriaSetDefinition Qd4667Rule(decimal c1Max = 50, decimal c2Max = 50, bool strict = true) => new(
        "R", "Rule", true, null, 2026, 2030, 0, false,
        [
            new("C1", "Nhân lực y tế", 0,
            [
                new("K1", "Trạm có bác sĩ làm việc", 5, IndicatorKind.YesNo, Critical: true),
                new("S1", "Điểm còn lại", c1Max - 5, IndicatorKind.Score),
            ]),
            new("C2", "Y tế dự phòng", 0, [new("S2", "Điểm", c2Max, IndicatorKind.Score)]),
        ],
        MinTotalPercent: 80, MinTotalPercentStrict: strict, MinCriterionPercent: 50, MinCriterionPercentStrict: strict, ValidYears: 3);

    [Fact]
    public void Criteria_scoring_with_a_failed_knock_out_item_fails_at_95_points()
    {
        // K1 "no" (0 of 5), S1 45 of 45, S2 50 of 50: total 95 of 100 (> 80 %), C1 45/50 = 90 %, C2 100 % (> 50 %).
        var score = CriteriaScoring.Score(Qd4667Rule(), [new("K1", 0), new("S1", 45), new("S2", 50)]);

        Assert.Equal(95m, score.Points);
        Assert.Equal(100m, score.MaxPoints);
        Assert.False(score.Passed);
        var reason = Assert.Single(score.Reasons);
        Assert.Equal("facilities.score.critical", reason.Code);
        Assert.Equal("K1", reason.Subject);
        Assert.Contains("K1", reason.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Trạm có bác sĩ làm việc", reason.MessageVi, StringComparison.Ordinal);
        Assert.Contains("điểm liệt", reason.MessageVi, StringComparison.Ordinal);
        Assert.Contains("Knock-out", reason.MessageEn, StringComparison.Ordinal);
        Assert.True(score.Criteria[0].Indicators[0].KnockedOut);
        Assert.True(score.Criteria[0].Passed); // the criterion itself is above 50 %: only the knock-out fails the commune
    }

    [Fact]
    public void The_same_commune_with_the_knock_out_item_met_passes()
    {
        var score = CriteriaScoring.Score(Qd4667Rule(), [new("K1", 1), new("S1", 40), new("S2", 50)]); // 95 of 100

        Assert.True(score.Passed);
        Assert.Empty(score.Reasons);
    }

    [Fact]
    public void A_criterion_at_exactly_50_percent_fails_under_more_than_50_percent_and_passes_under_at_least()
    {
        // C1 of 20 points at 10 (K1 yes = 5, S1 5 of 15) = exactly 50 %; C2 of 80 at 80; total 90 of 100 = 90 %.
        IndicatorValue[] values = [new("K1", 1), new("S1", 5), new("S2", 80)];

        var strict = CriteriaScoring.Score(Qd4667Rule(c1Max: 20, c2Max: 80), values);
        var atLeast = CriteriaScoring.Score(Qd4667Rule(c1Max: 20, c2Max: 80, strict: false), values);

        Assert.Equal(90m, strict.Points);
        Assert.False(strict.Passed);
        var reason = Assert.Single(strict.Reasons);
        Assert.Equal(("facilities.score.criterionPercent", "C1"), (reason.Code, reason.Subject));
        Assert.Contains("> 50 %", reason.MessageVi, StringComparison.Ordinal);
        Assert.False(strict.Criteria[0].Passed);
        Assert.Equal(50m, strict.Criteria[0].Percent);
        Assert.True(atLeast.Passed);
    }

    [Fact]
    public void A_total_of_exactly_80_percent_fails_under_more_than_80_percent_and_80_point_5_passes()
    {
        // K1 yes; C1 = 5 + 35 = 40 of 50 (80 %), C2 = 40 of 50 (80 %): total 80 of 100 — not more than 80 %.
        var at80 = CriteriaScoring.Score(Qd4667Rule(), [new("K1", 1), new("S1", 35), new("S2", 40)]);
        var at80Point5 = CriteriaScoring.Score(Qd4667Rule(), [new("K1", 1), new("S1", 35.5m), new("S2", 40)]);
        var at80AtLeast = CriteriaScoring.Score(Qd4667Rule(strict: false), [new("K1", 1), new("S1", 35), new("S2", 40)]);

        Assert.Equal(80m, at80.Points);
        Assert.False(at80.Passed);
        var reason = Assert.Single(at80.Reasons);
        Assert.Equal("facilities.score.totalPercent", reason.Code);
        Assert.Null(reason.Subject);
        Assert.Contains("> 80 %", reason.MessageEn, StringComparison.Ordinal);
        Assert.Equal(80.5m, at80Point5.Points);
        Assert.True(at80Point5.Passed);
        Assert.True(at80AtLeast.Passed);
    }

    [Fact]
    public void Every_failed_rule_is_a_reason_knock_outs_first_then_criteria_then_the_total()
    {
        // K1 no, S1 10 → C1 10/50 = 20 %; S2 20 → C2 40 %; total 30 %.
        var score = CriteriaScoring.Score(Qd4667Rule(), [new("K1", 0), new("S1", 10), new("S2", 20)]);

        Assert.Equal(
            [("facilities.score.critical", "K1"), ("facilities.score.criterionPercent", "C1"), ("facilities.score.criterionPercent", "C2"), ("facilities.score.totalPercent", null)],
            score.Reasons.Select(r => (r.Code, r.Subject)));
    }

    [Fact]
    public void An_old_format_file_without_the_new_fields_imports_and_scores_as_before()
    {
        // The format before knock-out items: a total in points and per-criterion pass points, both "at least".
        const string json = """
            {"code":"OLD","name":"Old","isExample":true,"fromYear":2021,"toYear":2030,"minTotalPoints":7,"requireEveryCriterion":true,
             "criteria":[
              {"code":"A","name":"A","passPoints":3.0,"indicators":[{"code":"A.1","name":"a1","points":2,"kind":"yesNo"},{"code":"A.2","name":"a2","points":2,"kind":"score"}]},
              {"code":"B","name":"B","passPoints":4,"indicators":[{"code":"B.1","name":"b1","points":4,"kind":"percent","target":90},{"code":"B.2","name":"b2","points":2,"kind":"yesNo"}]}]}
            """;
        var set = CriteriaJson.Parse(json);

        // A = 2 + 1.5 = 3.5 ≥ 3; B = 0 (89.9 < 90) + 2 = 2 < 4; total 5.5 < 7.
        var failing = CriteriaScoring.Score(set, [new("A.1", 1), new("A.2", 1.5m), new("B.1", 89.9m), new("B.2", 1)]);
        // B.1 at its target: B = 6 ≥ 4; total 9.5 ≥ 7.
        var passing = CriteriaScoring.Score(set, [new("A.1", 1), new("A.2", 1.5m), new("B.1", 90), new("B.2", 1)]);

        Assert.Null(set.MinTotalPercent);
        Assert.Null(set.MinCriterionPercent);
        Assert.Null(set.ValidYears);
        Assert.All(set.Criteria.SelectMany(c => c.Indicators), i => Assert.False(i.Critical));
        Assert.Equal(5.5m, failing.Points);
        Assert.Equal([true, false], failing.Criteria.Select(c => c.Passed));
        Assert.False(failing.Passed);
        Assert.Equal([("facilities.score.criterionPoints", "B"), ("facilities.score.totalPoints", (string?)null)], failing.Reasons.Select(r => (r.Code, r.Subject)));
        Assert.Equal(9.5m, passing.Points);
        Assert.True(passing.Passed);
        Assert.Empty(passing.Reasons);
    }

    [Fact]
    public void A_knock_out_score_indicator_or_a_percentage_above_100_is_refused()
    {
        var bad = Qd4667Rule() with
        {
            MinTotalPercent = 120,
            ValidYears = 0,
            Criteria = [new("C1", "x", 0, [new("I1", "y", 5, IndicatorKind.Score, Critical: true)])],
        };

        var codes = CriteriaJson.Validate(bad).Errors.Select(e => e.Code).ToList();

        Assert.Contains("facilities.criteria.critical", codes);
        Assert.Contains("facilities.criteria.percent", codes);
        Assert.Contains("facilities.criteria.validYears", codes);
        Assert.Throws<DomainValidationException>(() => CriteriaJson.Parse("""{"code":"X","name":"X","fromYear":2026,"toYear":2030,"minTotalPoints":0,"minCriterionPercent":101,"criteria":[{"code":"C","name":"c","passPoints":0,"indicators":[{"code":"I","name":"i","points":1,"kind":"yesNo"}]}]}"""));
    }
}
