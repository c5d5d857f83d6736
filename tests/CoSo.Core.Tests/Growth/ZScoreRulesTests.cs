using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Growth;

/// <summary>
/// The rules of the <c>coso growth zscores</c> contract (issue 17, docs/growth.md), each checked on values worked by
/// hand from the WHO tables or taken from anthro's tests; the published z-scores are in AnthroPublishedValuesTests.
/// </summary>
public sealed class ZScoreRulesTests
{
    private static readonly GrowthStandards Standards = GrowthStandards.LoadDefault();

    [Fact]
    public void From_1827_days_nothing_is_computed_and_the_age_is_flagged()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1827, 18, 110, MeasuredPosition.Standing, Oedema: true));

        Assert.Equal((null, null, null, null), (result.Waz, result.Haz, result.Whz, result.Baz));
        Assert.Equal([GrowthCodes.AgeOutOfRange], result.FlagCodes);
        Assert.Empty(result.ClassificationCodes);
    }

    [Fact]
    public void Day_1826_is_the_last_day_assessed()
    {
        // 1826 days = 59.99 months, under anthro's "age in months < 60"; weianthro's last row is day 1826.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 1826, WeightKg: 18.2179));

        Assert.Equal(0, result.Waz);
        Assert.Equal(GrowthIssues.None, result.Flags);
    }

    [Theory]
    // tests/testthat/test-zscores.R "adds adjusted lenhei to the output data.frame" (anthro v1.1.0, commit
    // 80c8db44575425463423ed07bddfd79a3a3301b9): ages 730, 800, 730, 800 with measure h, h, l, l and 100 cm give
    // clenhei 100.7, 100, 100, 99.3.
    [InlineData(730, MeasuredPosition.Standing, 100.7)]
    [InlineData(800, MeasuredPosition.Standing, 100)]
    [InlineData(730, MeasuredPosition.Lying, 100)]
    [InlineData(800, MeasuredPosition.Lying, 99.3)]
    public void Length_is_converted_to_the_position_of_the_reference_at_731_days(int ageDays, MeasuredPosition position, double expected)
    {
        Assert.Equal(expected, ZScoreCalculator.AdjustedLength(ageDays, 100, position)!.Value, 10);
    }

    [Fact]
    public void Without_the_position_the_length_is_used_as_given()
    {
        Assert.Equal(100, ZScoreCalculator.AdjustedLength(730, 100, null));
        Assert.Equal(100, ZScoreCalculator.AdjustedLength(800, 100, null));
    }

    [Fact]
    public void Standing_at_730_days_is_scored_as_the_same_child_lying_0_7_cm_longer()
    {
        var standing = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 730, 11, 85, MeasuredPosition.Standing));
        var lying = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 730, 11, 85.7, MeasuredPosition.Lying));

        Assert.Equal((lying.Haz, lying.Whz, lying.Baz), (standing.Haz, standing.Whz, standing.Baz));
        // lenanthro, boys, day 730: L 1, M 87.8018, S 0.03479 (recumbent length).
        Assert.Equal(Math.Round((85.7 / 87.8018 - 1) / 0.03479, 2), standing.Haz);
    }

    [Fact]
    public void Lying_at_731_days_is_scored_against_standing_height_0_7_cm_shorter()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 731, 11, 85.7, MeasuredPosition.Lying));

        // lenanthro, boys, day 731: L 1, M 87.1303, S 0.03508 (standing height) — the table's own step of 0.67 cm.
        Assert.Equal(Math.Round((85 / 87.1303 - 1) / 0.03508, 2), result.Haz);
    }

    [Fact]
    public void Under_9_months_a_standing_length_still_gets_0_7_cm_as_the_contract_says()
    {
        // The contract adds 0.7 cm below 731 days without exception. anthro 1.1.0 itself treats "standing" under 9
        // months as a wrong position and leaves the 60 cm unadjusted (test-zscores.R: 8 months → zlen −4.81,
        // c9mo_flag 1); CoSo follows the contract (docs/growth.md, "Where CoSo differs from anthro").
        var standing = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 244, LengthCm: 60, Position: MeasuredPosition.Standing));
        var lying = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 244, LengthCm: 60.7, Position: MeasuredPosition.Lying));

        Assert.Equal(lying.Haz, standing.Haz);
        Assert.NotEqual(-4.81, standing.Haz);
    }

    [Fact]
    public void Weight_for_age_above_3_sd_uses_the_distance_between_the_2_and_3_sd_curves()
    {
        // weianthro, boys, day 365, worked from the row: SD3 and SD2 from M(1 + L·S·z)^(1/L), then a weight half a
        // "2–3 SD gap" above SD3 must score exactly 3.5 (the LMS formula alone gives another value there).
        var row = Standards.AtAge(GrowthIndicator.WeightForAge, Sex.Male, 365)!.Value;
        var sd3 = row.At(3);
        var weight = sd3 + (0.5 * (sd3 - row.At(2)));

        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 365, weight));

        Assert.Equal(3.5, result.Waz);
        Assert.NotEqual(3.5, Math.Round(row.Z(weight), 2));
    }

    [Fact]
    public void Weight_for_length_below_minus_3_sd_uses_the_distance_between_the_minus_2_and_minus_3_sd_curves()
    {
        // wflanthro, girls, 70.0 cm (a table row, no interpolation): a weight one "2–3 SD gap" below SD−3 is −4.
        var row = Standards.AtLength(GrowthIndicator.WeightForLength, Sex.Female, 70)!.Value;
        var sd3Neg = row.At(-3);
        var weight = sd3Neg - (row.At(-2) - sd3Neg);

        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 300, weight, 70));

        Assert.Equal(-4, result.Whz);
        Assert.NotEqual(-4, Math.Round(row.Z(weight), 2));
    }

    [Fact]
    public void Length_for_age_is_not_restricted_beyond_3_sd()
    {
        // lenanthro, girls, day 100: L 1 — z is (y/M − 1)/S all the way out.
        var row = Standards.AtAge(GrowthIndicator.LengthForAge, Sex.Female, 100)!.Value;
        var length = row.M * (1 + (4.5 * row.S));

        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 100, LengthCm: length));

        Assert.Equal(4.5, result.Haz);
    }

    [Fact]
    public void Between_two_rows_l_m_and_s_are_interpolated_linearly()
    {
        // wflanthro, boys: 45.0 cm L −0.3521 M 2.441 S 0.09182; 45.1 cm L −0.3521 M 2.4577 S 0.09176.
        var mid = Standards.AtLength(GrowthIndicator.WeightForLength, Sex.Male, 45.05)!.Value;

        Assert.Equal(-0.3521, mid.L, 12);
        Assert.Equal((2.441 + 2.4577) / 2, mid.M, 10);
        Assert.Equal((0.09182 + 0.09176) / 2, mid.S, 10);
    }

    [Fact]
    public void At_a_table_row_the_median_weight_scores_zero()
    {
        // wfhanthro, boys, 65.0 cm: M 7.4327 (first row of the height table).
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 800, 7.4327, 65));

        Assert.Equal(0, result.Whz);
    }

    [Theory]
    [InlineData(100, 44.9, false)]
    [InlineData(100, 45, true)]
    [InlineData(100, 110, true)]
    [InlineData(100, 110.1, false)]
    [InlineData(800, 64.9, false)]
    [InlineData(800, 65, true)]
    [InlineData(800, 120, true)]
    [InlineData(800, 120.1, false)]
    public void Weight_for_length_is_45_to_110_cm_and_weight_for_height_65_to_120_cm(int ageDays, double length, bool computed)
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, ageDays, 9, length));

        Assert.Equal(computed, result.Whz is not null);
        Assert.NotNull(result.Haz);
    }

    [Fact]
    public void A_length_outside_the_weight_for_length_table_after_adjustment_gives_no_whz()
    {
        // 64.5 cm lying at 800 days is 63.8 cm standing: below the height table.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 800, 7, 64.5, MeasuredPosition.Lying));

        Assert.Null(result.Whz);
    }

    [Fact]
    public void Oedema_counts_as_severe_underweight_and_severe_wasting_and_leaves_stunting_to_haz()
    {
        // lenanthro, boys, day 44 (M 56.4833, S 0.03492): 50 cm is HAZ −3.29, severe stunting, oedema or not.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 44, 3.5, 50, Oedema: true));

        Assert.Equal(-3.29, result.Haz);
        Assert.Equal([GrowthCodes.SevereUnderweight, GrowthCodes.SevereStunting, GrowthCodes.SevereWasting], result.ClassificationCodes);
    }

    [Fact]
    public void A_flagged_z_score_is_printed_but_takes_no_part_in_the_classification()
    {
        // anthro README row 3 (boy, 1010 days, 10 kg, 100 cm): WAZ −2.76, WHZ −5.19 (flagged), BAZ −5.61 (flagged).
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1010, 10, 100));

        Assert.Equal(-5.19, result.Whz);
        Assert.Null(result.WeightForLength);
        Assert.Equal([GrowthCodes.Underweight], result.ClassificationCodes);
    }

    [Theory]
    [InlineData(-2.0, WeightForAgeClass.Normal)]
    [InlineData(-2.01, WeightForAgeClass.Underweight)]
    [InlineData(-3.0, WeightForAgeClass.Underweight)]
    [InlineData(-3.01, WeightForAgeClass.SevereUnderweight)]
    public void Underweight_is_below_minus_2_and_severe_below_minus_3(double waz, WeightForAgeClass expected)
    {
        Assert.Equal(expected, ZScoreCalculator.ClassifyWeightForAge(waz));
    }

    [Theory]
    [InlineData(-2.0, LengthForAgeClass.Normal)]
    [InlineData(-2.01, LengthForAgeClass.Stunting)]
    [InlineData(-3.01, LengthForAgeClass.SevereStunting)]
    [InlineData(6.0, LengthForAgeClass.Normal)]
    public void Stunting_is_below_minus_2_and_severe_below_minus_3(double haz, LengthForAgeClass expected)
    {
        Assert.Equal(expected, ZScoreCalculator.ClassifyLengthForAge(haz));
    }

    [Theory]
    [InlineData(-2.0, WeightForLengthClass.Normal)]
    [InlineData(-2.01, WeightForLengthClass.Wasting)]
    [InlineData(-3.01, WeightForLengthClass.SevereWasting)]
    [InlineData(2.0, WeightForLengthClass.Normal)]
    [InlineData(2.01, WeightForLengthClass.Overweight)]
    [InlineData(3.0, WeightForLengthClass.Overweight)]
    [InlineData(3.01, WeightForLengthClass.Obese)]
    public void Wasting_overweight_and_obesity_come_from_whz(double whz, WeightForLengthClass expected)
    {
        Assert.Equal(expected, ZScoreCalculator.ClassifyWeightForLength(whz));
    }

    [Fact]
    public void Classification_uses_the_rounded_z_score()
    {
        // weianthro, girls, day 300: a weight whose exact WAZ is just below −2 (−2.004) rounds to −2.00: not underweight.
        var row = Standards.AtAge(GrowthIndicator.WeightForAge, Sex.Female, 300)!.Value;
        var weight = row.At(-2.004);

        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 300, weight));

        Assert.Equal(-2, result.Waz);
        Assert.Equal(WeightForAgeClass.Normal, result.WeightForAge);
    }

    [Fact]
    public void A_measurement_before_birth_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, -1, 3)));
    }

    [Theory]
    // R ≥ 4.0.0 round(x, 2), src/nmath/fround.c: the nearer neighbour in doubles, ties to even.
    [InlineData(0.015, 0.01)] // 0.01499999… as a double
    [InlineData(0.025, 0.03)] // 0.02500000…14 as a double
    [InlineData(0.125, 0.12)] // an exact tie: to even
    [InlineData(0.375, 0.38)] // an exact tie: to even
    [InlineData(-0.375, -0.38)]
    [InlineData(-6.094, -6.09)]
    public void Z_scores_are_rounded_as_r_rounds_them(double z, double expected)
    {
        Assert.Equal(expected, RRound.ToHundredths(z));
    }
}
