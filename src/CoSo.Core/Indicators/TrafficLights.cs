namespace CoSo.Core.Indicators;

/// <summary>
/// Met: the value reaches the target (exceeds it when the target is strict). On track: not met, but within
/// <see cref="OnTrackMargin"/> points of the target, or better than the period before in each of the last 3 periods.
/// Off track: otherwise. No data: no value (source missing or zero denominator).
/// </summary>
public static class TrafficLights
{
    public const decimal OnTrackMargin = 5m;

    /// <param name="history">Values of the previous periods, oldest first, ending with the period before the current one.</param>
    public static TrafficLight Evaluate(IndicatorDefinition definition, decimal? value, IReadOnlyList<decimal?> history)
    {
        if (value is not { } v)
        {
            return TrafficLight.NoData;
        }

        if (definition.Target is not { } target)
        {
            return TrafficLight.OnTrack;
        }

        var higher = definition.Direction == IndicatorDirection.HigherIsBetter;
        var met = higher
            ? (definition.TargetStrict ? v > target : v >= target)
            : (definition.TargetStrict ? v < target : v <= target);
        if (met)
        {
            return TrafficLight.Met;
        }

        var gap = higher ? target - v : v - target;
        if (gap <= OnTrackMargin)
        {
            return TrafficLight.OnTrack;
        }

        return ImprovingOverLast3(v, history, higher) ? TrafficLight.OnTrack : TrafficLight.OffTrack;
    }

    private static bool ImprovingOverLast3(decimal current, IReadOnlyList<decimal?> history, bool higher)
    {
        if (history.Count < 3)
        {
            return false;
        }

        // Last 3 periods including the current one: h[-3] -> h[-2] -> h[-1] -> current, each step strictly better.
        var series = new List<decimal?> { history[^3], history[^2], history[^1], current };
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i - 1] is not { } a || series[i] is not { } b || (higher ? b <= a : b >= a))
            {
                return false;
            }
        }

        return true;
    }
}
