using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

public sealed class TrafficLightsTests
{
    // T1: higher is better, target "> 95 %" (strict).
    [Theory]
    [InlineData(96.0, TrafficLight.Met)]
    [InlineData(95.0, TrafficLight.OnTrack)]   // not above 95, but within 5 points
    [InlineData(90.0, TrafficLight.OnTrack)]   // gap exactly 5 points
    [InlineData(89.9, TrafficLight.OffTrack)]  // gap 5.1 points, no history
    public void Strict_target_is_met_only_above_it_and_on_track_within_five_points(double value, TrafficLight expected)
    {
        Assert.Equal(expected, TrafficLights.Evaluate(Targets2030.T1, (decimal)value, []));
    }

    [Fact]
    public void Reaching_a_non_strict_target_meets_it()
    {
        var definition = Targets2030.T5 with { DataAvailable = true };
        Assert.Equal(TrafficLight.Met, TrafficLights.Evaluate(definition, 100m, []));
    }

    [Fact]
    public void Far_below_target_but_improving_over_the_last_three_periods_is_on_track()
    {
        // 60 -> 65 -> 70 -> 80: three improvements in a row.
        Assert.Equal(TrafficLight.OnTrack, TrafficLights.Evaluate(Targets2030.T1, 80m, [50m, 60m, 65m, 70m]));
    }

    [Fact]
    public void Far_below_target_and_not_improving_every_period_is_off_track()
    {
        // 60 -> 70 -> 65 -> 80: one step down.
        Assert.Equal(TrafficLight.OffTrack, TrafficLights.Evaluate(Targets2030.T1, 80m, [60m, 70m, 65m]));
        // A gap in the history breaks the run.
        Assert.Equal(TrafficLight.OffTrack, TrafficLights.Evaluate(Targets2030.T1, 80m, [60m, null, 70m]));
    }

    [Fact]
    public void No_value_is_no_data_not_off_track()
    {
        Assert.Equal(TrafficLight.NoData, TrafficLights.Evaluate(Targets2030.T1, null, [90m, 91m, 92m]));
    }

    [Fact]
    public void Lower_is_better_inverts_the_comparison()
    {
        var definition = Targets2030.T1 with { Direction = IndicatorDirection.LowerIsBetter, Target = 10, TargetStrict = false };
        Assert.Equal(TrafficLight.Met, TrafficLights.Evaluate(definition, 10m, []));
        Assert.Equal(TrafficLight.OnTrack, TrafficLights.Evaluate(definition, 15m, []));
        Assert.Equal(TrafficLight.OffTrack, TrafficLights.Evaluate(definition, 15.1m, []));
    }
}
