using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Growth;

/// <summary>
/// z-scores against the values WHO's anthro package publishes, never against this code's own output. Sources, all in
/// github.com/WorldHealthOrganization/anthro at tag v1.1.0 (commit 80c8db44575425463423ed07bddfd79a3a3301b9; the same
/// files at b776d8a12b1c97369c748b561159fd2ec4f4db58, the snapshot CoSo's tables come from):
/// <list type="bullet">
/// <item>README.md, section "Z-Score": the rendered output of <c>anthro_zscores(sex = c(1, 2, 1, 1), age = c(1001, 1000,
/// 1010, 1000), weight = c(18, 15, 10, 15), lenhei = c(120, 80, 100, 100))</c> (no measure given, so no adjustment);</item>
/// <item>docs/reference/anthro_zscores.html, "Examples": <c>anthro_zscores(sex = "f", age = 10, is_age_in_month = TRUE,
/// weight = 10)</c> and <c>anthro_zscores(sex = "f", age = c(10, 20, 30), weight = 10)</c> (age in days);</item>
/// <item>tests/testthat/test-zscore-*.R and test-zscores.R: the expectations of anthro's own test suite.</item>
/// </list>
/// </summary>
public sealed class AnthroPublishedValuesTests
{
    private static readonly GrowthStandards Standards = GrowthStandards.LoadDefault();

    public static TheoryData<string, int, double, double, double, double, double, double> ReadmeRows => new()
    {
        // sex, age (days), weight, lenhei,   zlen,  zwei,  zwfl,  zbmi  — anthro README.md (v1.1.0), rows 1–4.
        { "M", 1001, 18, 120, 7.31, 2.20, -2.39, -3.01 },
        { "F", 1000, 15, 80, -3.50, 0.95, 4.13, 4.66 },
        { "M", 1010, 10, 100, 1.62, -2.76, -5.19, -5.61 },
        { "M", 1000, 15, 100, 1.70, 0.69, -0.29, -0.58 },
    };

    [Theory]
    [MemberData(nameof(ReadmeRows))]
    public void The_four_children_of_anthro_s_readme_get_its_four_z_scores(string sex, int ageDays, double weight, double lenhei, double haz, double waz, double whz, double baz)
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Parse(sex), ageDays, weight, lenhei));

        Assert.Equal((haz, waz, whz, baz), (result.Haz, result.Waz, result.Whz, result.Baz));
    }

    [Fact]
    public void The_readme_s_flags_are_the_ones_anthro_prints()
    {
        // README.md (v1.1.0): row 1 flen = 1 (7.31 > 6); row 3 fwfl = 1 (−5.19) and fbmi = 1 (−5.61); the others 0.
        var row1 = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1001, 18, 120));
        var row2 = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 1000, 15, 80));
        var row3 = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1010, 10, 100));

        Assert.Equal(GrowthIssues.HazImplausible, row1.Flags);
        Assert.Equal(GrowthIssues.None, row2.Flags);
        Assert.Equal(GrowthIssues.WhzImplausible | GrowthIssues.BazImplausible, row3.Flags);
    }

    [Theory]
    // docs/reference/anthro_zscores.html (v1.1.0), "Examples": a girl of 10 months (304 days, anthro rounds
    // 10 × 30.4375 up) weighing 10 kg has zwei 1.33; at 10, 20 and 30 days 10 kg gives 10.46, 9.14 and 8.01, all
    // flagged (> 5) and all beyond +3, i.e. from the restricted formula.
    [InlineData(304, 1.33, false)]
    [InlineData(10, 10.46, true)]
    [InlineData(20, 9.14, true)]
    [InlineData(30, 8.01, true)]
    public void Weight_for_age_of_the_reference_examples(int ageDays, double expected, bool flagged)
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, ageDays, WeightKg: 10));

        Assert.Equal(expected, result.Waz);
        Assert.Equal(flagged, result.Flags.HasFlag(GrowthIssues.WazImplausible));
    }

    [Fact]
    public void A_girl_of_1522_days_weighing_17_kg_has_a_weight_for_age_of_0_24_not_flagged()
    {
        // tests/testthat/test-zscore-weight-for-age.R: anthro_zscore_weight_for_age(17, 1522, …, 2, "n") → 0.24, fwei 0.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 1522, WeightKg: 17));

        Assert.Equal(0.24, result.Waz);
        Assert.Equal(GrowthIssues.None, result.Flags);
    }

    [Fact]
    public void A_girl_of_one_day_weighing_10_37_kg_is_flagged_implausible()
    {
        // tests/testthat/test-zscore-weight-for-age.R: "has a default flag threshold of -6;5" — (10.37 kg, 1 day, girl) → fwei 1.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 1, WeightKg: 10.37));

        Assert.True(result.Waz > 5);
        Assert.Equal([GrowthCodes.WazImplausible], result.FlagCodes);
    }

    [Fact]
    public void A_boy_of_44_days_50_cm_long_has_the_length_for_age_of_anthro_s_test()
    {
        // tests/testthat/test-zscore-length-for-age.R: expected round(((50 / 56.4833)^1 - 1) / (0.03492 * 1), 2), the
        // lenanthro row of boys at 44 days (L 1, M 56.4833, S 0.03492): −3.29 worked by hand.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 44, LengthCm: 50));

        Assert.Equal(Math.Round(((50 / 56.4833) - 1) / 0.03492, 2), result.Haz);
        Assert.Equal(-3.29, result.Haz);
    }

    [Fact]
    public void A_boy_of_987_days_measured_lying_at_72_86_cm_has_an_unrestricted_implausible_length_for_age()
    {
        // tests/testthat/test-zscores.R "length for age uses adjusted lenhei": (boy, 987 days, 72.86 cm, "l") → zlen
        // −6.09, flen 1. Lying at 987 days: 72.16 cm is compared with standing height; HAZ has no ±3 restriction.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 987, LengthCm: 72.86, Position: MeasuredPosition.Lying));

        Assert.Equal(-6.09, result.Haz);
        Assert.Equal([GrowthCodes.HazImplausible], result.FlagCodes);
        Assert.Null(result.LengthForAge);
    }

    [Theory]
    // tests/testthat/test-zscores.R "height measurements are used for age 24 months" and "clenhei takes the measure
    // argument into account correctly": a girl of 24 months (731 days) 77.5 cm, measured standing or not said → −2.55.
    [InlineData(MeasuredPosition.Standing)]
    [InlineData(null)]
    public void At_731_days_the_height_table_is_used_and_a_standing_height_is_not_adjusted(MeasuredPosition? position)
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 731, 8.8, 77.5, position));

        Assert.Equal(-2.55, result.Haz);
        Assert.Equal(77.5, result.AdjustedLengthCm);
    }

    [Fact]
    public void A_boy_of_9_months_measured_standing_gets_0_7_cm_added()
    {
        // tests/testthat/test-zscores.R "young children with measured standing will be adjusted": 9 months (274 days),
        // 60 cm standing → clenhei 60.7, zlen −5.02 (tolerance 0.01 in anthro's test).
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 274, LengthCm: 60, Position: MeasuredPosition.Standing));

        Assert.Equal(60.7, result.AdjustedLengthCm);
        Assert.Equal(-5.02, result.Haz!.Value, 0.01);
    }

    [Fact]
    public void Oedema_leaves_the_weight_based_z_scores_out()
    {
        // tests/testthat/test-zscore-weight-for-age.R and test-zscore-bmi-for-age.R "sets result to NA if oedema is y".
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 44, 5, 55, Oedema: true));

        Assert.Equal((null, null, null), (result.Waz, result.Whz, result.Baz));
        Assert.NotNull(result.Haz);
    }

    private static Sex Parse(string sex) => sex == "F" ? Sex.Female : Sex.Male;
}
