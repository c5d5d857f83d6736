using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Tests.Surveillance.Ears;

public sealed class EarsDetectorTests
{
    // The baseline used throughout: 2,4,3,5,6,4,4.
    //   mean = 28 / 7 = 4
    //   deviations -2,0,-1,1,2,0,0 → squares 4,0,1,1,4,0,0 → sum 10
    //   sd = sqrt(10 / 6) = 1.2909944487358056,   1/sd = sqrt(0.6) = 0.7745966692414834
    // z(0.999) = 3.090232306167813, so mean + z·sd = 4 + 3.98947275256669 = 7.98947275256669.
    private const double Sd = 1.2909944487358056;
    private const double InverseSd = 0.7745966692414834;
    private const double Z999 = 3.090232306167813;

    [Fact]
    public void C1_compares_each_count_with_the_seven_periods_just_before_it()
    {
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 10, 5];

        var results = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1));

        // Evaluated from period b + 1 = 8 (index 7).
        Assert.Equal([7, 8], results.Select(r => r.Index));

        // Period 8: baseline 2,4,3,5,6,4,4 → bound 7.98947275256669; statistic (10 − 4)/sd = 6·sqrt(0.6).
        // R surveillance 1.20.3, earsC(method = "C1") on this series: upperbound 7.989472752566693, alarm TRUE.
        Assert.Equal(4 + (Z999 * Sd), results[0].UpperBound!.Value, 9);
        Assert.Equal(7.989472752566693, results[0].UpperBound!.Value, 9);
        Assert.Equal(6 * InverseSd, results[0].Statistic, 9);
        Assert.True(results[0].Alarm);

        // Period 9: baseline 4,3,5,6,4,4,10 → sum 36, mean 36/7 = 5.142857142857143;
        // Σx² = 16+9+25+36+16+16+100 = 218; Σ(x − mean)² = 218 − 36²/7 = 230/7; var = 230/42 = 5.476190476;
        // sd = 2.340126166724879; bound = 5.142857142857143 + 3.090232306167813 · 2.340126166724879 = 12.37439062377901
        // (R: 12.374390623779011, alarm FALSE). Statistic (5 − 36/7)/sd = (−1/7)/2.340126166724879 = −0.142857142857/2.340126166724879 = −0.0610467696.
        Assert.Equal(12.374390623779011, results[1].UpperBound!.Value, 9);
        Assert.Equal(-0.0610467696, results[1].Statistic, 9);
        Assert.False(results[1].Alarm);
    }

    [Fact]
    public void C2_skips_the_two_periods_before_the_current_one()
    {
        // Periods 8 and 9 hold 50 cases each; C2's baseline for period 10 is periods 1..7, so they
        // do not raise the bound (C1's would).
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 50, 50, 8];

        var results = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C2));

        // Evaluated from period b + 3 = 10 only.
        var only = Assert.Single(results);
        Assert.Equal(9, only.Index);

        // Bound 4 + 3.090232306167813 · 1.2909944487358056 = 7.98947275256669 < 8 → alarm.
        // R surveillance 1.20.3, earsC(method = "C2"): upperbound 7.989472752566693, alarm TRUE.
        Assert.Equal(7.989472752566693, only.UpperBound!.Value, 9);
        Assert.Equal(4 * InverseSd, only.Statistic, 9); // (8 − 4)/sd = 3.0983866769659336
        Assert.True(only.Alarm);
    }

    [Fact]
    public void C3_sums_the_excess_over_one_of_three_C2_statistics()
    {
        // Periods 1..9 repeat the pattern 2,4,3,5,6,4,4 so each C2 baseline (periods t−9..t−3 for
        // t = 10, 11, 12) is a rotation of it: mean 4, sd = sqrt(10/6) every time.
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 2, 4, 6, 7, 8, 4];

        var results = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C3));

        // Evaluated from period b + 5 = 12.
        Assert.Equal([11, 12], results.Select(r => r.Index));

        // Period 12: C2 at 10, 11, 12 = 2·sqrt(.6), 3·sqrt(.6), 4·sqrt(.6) = 1.549193, 2.323790, 3.098387;
        // excesses over 1: 0.549193 + 1.323790 + 2.098387 = 9·sqrt(.6) − 3 = 3.971370023 > 2 → alarm.
        Assert.Equal((9 * InverseSd) - 3, results[0].Statistic, 9);
        Assert.Equal(3.971370023, results[0].Statistic, 8);
        Assert.Null(results[0].UpperBound);
        Assert.True(results[0].Alarm);

        // Period 13: its baseline (periods 4..10) is 5,6,4,4,2,4,6, mean 31/7 = 4.43 > 4, so C2 < 0 and
        // adds nothing; the sum is 1.323790 + 2.098387 = 7·sqrt(.6) − 2 = 3.422177 > 2 → alarm.
        Assert.Equal((7 * InverseSd) - 2, results[1].Statistic, 9);
        Assert.True(results[1].Alarm);

        // R surveillance 1.20.3, earsC(method = "C3") on this series gives alarm FALSE at period 12
        // (upperbound 8.11229152123493) and TRUE at 13 (1.95688490406814): R's C3 alarm only looks at
        // the two previous periods' excesses against qnorm(0.975). See docs/surveillance-ears.md.
    }

    [Fact]
    public void C3_stays_quiet_when_no_C2_statistic_exceeds_one()
    {
        // C2 at 10, 11, 12: (4 − 4)/sd = 0, (5 − 4)/sd = 0.7746, (5 − 4)/sd = 0.7746 → all excesses 0.
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 2, 4, 4, 5, 5];

        var only = Assert.Single(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C3)));

        Assert.Equal(0.0, only.Statistic);
        Assert.False(only.Alarm);
    }

    [Fact]
    public void C3_threshold_parameter_moves_the_alarm()
    {
        // Same series as above at period 12: statistic 3.971370023.
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 2, 4, 6, 7, 8];

        Assert.True(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C3, threshold: 3.9))[0].Alarm);
        Assert.False(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C3, threshold: 4.0))[0].Alarm);
    }

    [Fact]
    public void Flat_baseline_with_min_sigma_zero_puts_the_bound_on_the_mean()
    {
        int[] counts = [3, 3, 3, 3, 3, 3, 3, 3, 4];

        var results = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1));

        // Baseline seven 3s: mean 3, sd 0 → bound = 3 + z·0 = 3 (R: 3, 3; alarms FALSE, TRUE).
        // Count 3 equals the mean: statistic 0/0 read as 0, no alarm.
        Assert.Equal(3.0, results[0].UpperBound);
        Assert.Equal(0.0, results[0].Statistic);
        Assert.False(results[0].Alarm);

        // Count 4 > 3: alarm, statistic 1/0 = +∞.
        Assert.Equal(3.0, results[1].UpperBound);
        Assert.Equal(double.PositiveInfinity, results[1].Statistic);
        Assert.True(results[1].Alarm);
    }

    [Fact]
    public void Flat_baseline_with_min_sigma_one_uses_one_as_the_spread()
    {
        int[] counts = [3, 3, 3, 3, 3, 3, 3, 3, 4];

        var results = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1, minSigma: 1.0));

        // sd = max(0, 1) = 1 → bound 3 + 3.090232306167813 = 6.090232306167813 (R: same, both FALSE).
        Assert.Equal(6.090232306167813, results[1].UpperBound!.Value, 12);
        Assert.Equal(1.0, results[1].Statistic); // (4 − 3)/1
        Assert.False(results[1].Alarm);
    }

    [Fact]
    public void C3_on_a_flat_baseline_alarms_on_any_rise_instead_of_returning_NaN_like_R()
    {
        // R gives upperbound NaN and alarm NA here; CoSo reads x/0 as +∞ and 0/0 as 0.
        int[] flat = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
        int[] rise = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4];

        var quiet = Assert.Single(EarsDetector.Evaluate(flat, new EarsOptions(EarsMethod.C3)));
        var loud = Assert.Single(EarsDetector.Evaluate(rise, new EarsOptions(EarsMethod.C3)));

        Assert.Equal(0.0, quiet.Statistic);
        Assert.False(quiet.Alarm);
        Assert.Equal(double.PositiveInfinity, loud.Statistic);
        Assert.True(loud.Alarm);
    }

    [Theory]
    [InlineData(EarsMethod.C1, 7)]
    [InlineData(EarsMethod.C2, 9)]
    [InlineData(EarsMethod.C3, 11)]
    public void A_series_too_short_for_one_evaluation_gives_no_results(EarsMethod method, int length)
    {
        var counts = Enumerable.Repeat(5, length).ToArray();

        Assert.Empty(EarsDetector.Evaluate(counts, new EarsOptions(method)));
        Assert.Single(EarsDetector.Evaluate([.. counts, 5], new EarsOptions(method)));
    }

    [Fact]
    public void A_larger_alpha_lowers_the_bound()
    {
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 7];

        var strict = Assert.Single(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1)));
        var loose = Assert.Single(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1, alpha: 0.05)));

        // alpha 0.001: bound 7.98947 ≥ 7, no alarm. alpha 0.05: z = 1.644853626951472,
        // bound 4 + 1.644853626951472 · 1.2909944487358056 = 6.123496901377306 < 7 → alarm (R: same).
        Assert.False(strict.Alarm);
        Assert.Equal(6.123496901377306, loose.UpperBound!.Value, 9);
        Assert.True(loose.Alarm);
    }

    [Fact]
    public void Baseline_parameter_sets_the_window_and_where_evaluation_starts()
    {
        int[] counts = [1, 2, 3, 9];

        var only = Assert.Single(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1, baseline: 3)));

        // b = 3: baseline 1,2,3 → mean 2, squares 1,0,1 → sd sqrt(2/2) = 1; bound 2 + 3.090232306167813
        // = 5.090232306167813 (R: same, alarm TRUE); statistic (9 − 2)/1 = 7.
        Assert.Equal(3, only.Index);
        Assert.Equal(5.090232306167813, only.UpperBound!.Value, 12);
        Assert.Equal(7.0, only.Statistic, 12);
        Assert.True(only.Alarm);
    }

    [Fact]
    public void Options_refuse_a_baseline_under_three_and_alpha_outside_the_unit_interval()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarsOptions(EarsMethod.C1, baseline: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarsOptions(EarsMethod.C1, alpha: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EarsOptions(EarsMethod.C1, minSigma: -1));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => EarsDetector.Evaluate([1, 2, 3, 4, 5, 6, 7, -1], new EarsOptions(EarsMethod.C1)));
    }

    [Fact]
    public void Buffer_overload_writes_the_same_results_and_returns_their_number()
    {
        int[] counts = [2, 4, 3, 5, 6, 4, 4, 10, 5];
        var buffer = new EarsResult[5];

        var n = EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1), buffer);

        Assert.Equal(2, n);
        Assert.Equal(EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1)), buffer[..n]);
        Assert.Throws<ArgumentException>(() => EarsDetector.Evaluate(counts, new EarsOptions(EarsMethod.C1), new EarsResult[1]));
    }
}
