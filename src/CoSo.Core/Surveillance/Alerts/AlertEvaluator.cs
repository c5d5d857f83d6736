using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// Runs EARS C1, C2 and C3 (default options) on the weekly counts of one area × disease, plus the disease's
/// fixed-threshold rule on the daily counts. A week with no cases never alarms. The threshold rule is met in a week
/// when, on some day of that week with cases, at least MinCases cases fall in the WindowDays ending that day: the
/// nightly run (00:30) then still sees yesterday's single cholera case, and a cluster raises one alert, in the week
/// it completes.
/// </summary>
public static class AlertEvaluator
{
    public const string Threshold = "threshold";

    private static readonly EarsOptions[] Methods = [new(EarsMethod.C1), new(EarsMethod.C2), new(EarsMethod.C3)];

    /// <summary>Judges only the last week of <paramref name="weeklyCounts"/>, the ISO week of <paramref name="asOf"/>.</summary>
    /// <param name="weeklyCounts">Oldest first; the last element is the week evaluated.</param>
    /// <param name="caseDates">Onset dates of the area's counted cases (for the fixed-threshold rule), up to asOf.</param>
    public static List<AlertFinding> Evaluate(NotifiableDisease disease, ReadOnlySpan<int> weeklyCounts, IEnumerable<DateOnly> caseDates, DateOnly asOf)
    {
        var firstMonday = IsoWeek.From(asOf).AddWeeks(1 - Math.Max(1, weeklyCounts.Length)).Monday.DayNumber;
        var days = caseDates.Where(d => d <= asOf).GroupBy(d => d.DayNumber).Select(g => new DailyCount(g.Key, g.Count())).OrderBy(d => d.DayNumber).ToArray();
        var findings = new List<WeekFinding>();
        EvaluateWeeks(disease, weeklyCounts, days, firstMonday, Math.Max(0, weeklyCounts.Length - 1), findings);
        return [.. findings.Select(f => f.Finding)];
    }

    /// <summary>
    /// Judges every week from <paramref name="firstJudged"/> to the end of the series in one pass (the daily job and
    /// a backfill over many weeks use the same code), appending to <paramref name="findings"/>.
    /// </summary>
    /// <param name="weeklyCounts">Oldest first; week i starts on day <paramref name="firstMondayDayNumber"/> + 7i.</param>
    /// <param name="days">The same cases per onset day, ascending, none after the last week's evaluation date.</param>
    public static void EvaluateWeeks(NotifiableDisease disease, ReadOnlySpan<int> weeklyCounts, ReadOnlySpan<DailyCount> days, int firstMondayDayNumber, int firstJudged, List<WeekFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(disease);
        ArgumentNullException.ThrowIfNull(findings);
        if (weeklyCounts.Length == 0)
        {
            return;
        }

        Span<EarsResult> buffer = weeklyCounts.Length <= 256 ? stackalloc EarsResult[weeklyCounts.Length] : new EarsResult[weeklyCounts.Length];
        foreach (var options in Methods)
        {
            var n = EarsDetector.Evaluate(weeklyCounts, options, buffer);
            var first = options.FirstEvaluableIndex;
            for (var t = Math.Max(first, firstJudged); t < first + n; t++)
            {
                var r = buffer[t - first];
                if (!r.Alarm || weeklyCounts[t] == 0)
                {
                    continue;
                }

                double? mean = null;
                double? sd = null;
                if (options.Method != EarsMethod.C3)
                {
                    var lag = options.Method == EarsMethod.C2 ? 2 : 0;
                    (mean, sd) = MeanSd(weeklyCounts.Slice(t - lag - options.Baseline, options.Baseline));
                }

                findings.Add(new WeekFinding(t, new AlertFinding(options.Method.ToString(), weeklyCounts[t], mean, sd, r.UpperBound, r.Statistic)));
            }
        }

        if (disease.AlertRule is { } rule)
        {
            ThresholdWeeks(rule, days, firstMondayDayNumber, firstJudged, findings);
        }
    }

    // Two pointers over the days with cases: the window (end − WindowDays, end] slides with each day that has cases.
    // The finding's count is the largest window total reached in the week.
    private static void ThresholdWeeks(FixedThresholdRule rule, ReadOnlySpan<DailyCount> days, int firstMonday, int firstJudged, List<WeekFinding> findings)
    {
        var start = 0;
        var inWindow = 0;
        var week = -1;
        var best = 0;
        for (var end = 0; end < days.Length; end++)
        {
            inWindow += days[end].Count;
            while (days[start].DayNumber <= days[end].DayNumber - rule.WindowDays)
            {
                inWindow -= days[start++].Count;
            }

            var w = (days[end].DayNumber - firstMonday) / 7;
            if (w != week)
            {
                Flush(rule, week, best, firstJudged, findings);
                (week, best) = (w, 0);
            }

            best = Math.Max(best, inWindow);
        }

        Flush(rule, week, best, firstJudged, findings);
    }

    private static void Flush(FixedThresholdRule rule, int week, int best, int firstJudged, List<WeekFinding> findings)
    {
        if (week >= firstJudged && best >= rule.MinCases)
        {
            findings.Add(new WeekFinding(week, new AlertFinding(Threshold, best, null, null, rule.MinCases, null)));
        }
    }

    private static (double Mean, double Sd) MeanSd(ReadOnlySpan<int> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        double squares = 0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, Math.Sqrt(squares / (values.Length - 1)));
    }
}
