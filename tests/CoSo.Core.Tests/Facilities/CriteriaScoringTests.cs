using CoSo.Core.Facilities;

namespace CoSo.Core.Tests.Facilities;

/// <summary>
/// A hand-scored example:
/// <code>
/// C1 pass 5: I1 yes/no 4 pts  value 1      → 4
///            I2 percent 3 pts target 80, 79.9 → 0
///            I3 score 3 pts    value 5      → 3 (clamped)      C1 = 7 of 10, passes
/// C2 pass 4: I4 yes/no 5 pts  value 0      → 0
///            I5 percent 5 pts target 90, 90 → 5                 C2 = 5 of 10, passes
/// C3 pass 2: I6 score 4 pts   no value     → 0
///            I7 score 2 pts   value 1.5    → 1.5               C3 = 1.5 of 6, fails
/// total 13.5 of 26; minimum 12
/// </code>
/// </summary>
public sealed class CriteriaScoringTests
{
    private static CriteriaSetDefinition Set(bool requireEvery) => new(
        "T", "Test", true, null, 2026, 2030, 12, requireEvery,
        [
            new("C1", "Nhân lực", 5, [new("I1", "Có bác sĩ", 4, IndicatorKind.YesNo, Source: IndicatorSource.Auto, AutoKey: AutoIndicators.DoctorPresent), new("I2", "Tỷ lệ", 3, IndicatorKind.Percent, 80), new("I3", "Điểm", 3, IndicatorKind.Score)]),
            new("C2", "Cơ sở hạ tầng", 4, [new("I4", "Có", 5, IndicatorKind.YesNo), new("I5", "Tỷ lệ", 5, IndicatorKind.Percent, 90)]),
            new("C3", "Truyền thông", 2, [new("I6", "Điểm", 4, IndicatorKind.Score), new("I7", "Điểm", 2, IndicatorKind.Score)]),
        ]);

    private static readonly IndicatorValue[] Values =
    [
        new("I1", 1, IsAuto: true), new("I2", 79.9m), new("I3", 5), new("I4", 0), new("I5", 90), new("I7", 1.5m),
    ];

    [Fact]
    public void Each_criterion_is_scored_as_worked_out_by_hand_and_one_failing_criterion_fails_the_commune()
    {
        var score = CriteriaScoring.Score(Set(requireEvery: true), Values);

        Assert.Equal([7m, 5m, 1.5m], score.Criteria.Select(c => c.Points));
        Assert.Equal([true, true, false], score.Criteria.Select(c => c.Passed));
        Assert.Equal(13.5m, score.Points);
        Assert.Equal(26m, score.MaxPoints);
        Assert.False(score.Passed);
        Assert.True(score.Criteria[0].Indicators[0].IsAuto);
    }

    [Fact]
    public void Without_the_every_criterion_rule_the_total_alone_decides()
    {
        Assert.True(CriteriaScoring.Score(Set(requireEvery: false), Values).Passed);
    }

    [Fact]
    public void A_set_with_a_duplicate_code_or_an_unknown_auto_key_is_rejected()
    {
        var bad = Set(true) with
        {
            Criteria = [new("C1", "x", 1, [new("C1", "y", 1, IndicatorKind.YesNo), new("I9", "z", 1, IndicatorKind.YesNo, Source: IndicatorSource.Auto, AutoKey: "nope")])],
        };

        var errors = CriteriaJson.Validate(bad);

        Assert.Contains(errors.Errors, e => e.Code == "facilities.criteria.duplicate");
        Assert.Contains(errors.Errors, e => e.Code == "facilities.criteria.autoKey");
    }
}
