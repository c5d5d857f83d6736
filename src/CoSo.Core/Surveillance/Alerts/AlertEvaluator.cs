using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// Judges the weekly counts of one area × disease and returns at most one finding per week. In a commune
/// (<see cref="AlertLevel.Commune"/>) the disease's fixed-threshold rule applies, on the daily counts: at least
/// MinCases cases in the WindowDays ending on some day of the week with cases (the nightly run at 00:30 still sees
/// yesterday's single cholera case, and a cluster raises its alert in the week it completes); a high-volume syndrome
/// without a fixed threshold is judged instead by its <see cref="CommuneStatisticalRule"/> (one EARS method, a minimum
/// sigma and a minimum count). In a district or province (<see cref="AlertLevel.District"/>) EARS C1, C2 and C3 run
/// with the disease's <see cref="StatisticalRule"/> (minSigma, and a minimum count under which a week never alarms).
/// A week with no cases never alarms.
/// </summary>
public static class AlertEvaluator
{
    public const string Threshold = "threshold";

    private static readonly string[] Priority = [Threshold, nameof(EarsMethod.C1), nameof(EarsMethod.C2), nameof(EarsMethod.C3)];

    /// <summary>Judges only the last week of <paramref name="weeklyCounts"/>, the ISO week of <paramref name="asOf"/>.</summary>
    /// <param name="weeklyCounts">Oldest first; the last element is the week evaluated.</param>
    /// <param name="caseDates">Onset dates of the area's counted cases (for the fixed-threshold rule), up to asOf.</param>
    public static List<AlertFinding> Evaluate(NotifiableDisease disease, ReadOnlySpan<int> weeklyCounts, IEnumerable<DateOnly> caseDates, DateOnly asOf, AlertLevel level)
    {
        var firstMonday = IsoWeek.From(asOf).AddWeeks(1 - Math.Max(1, weeklyCounts.Length)).Monday.DayNumber;
        var days = caseDates.Where(d => d <= asOf).GroupBy(d => d.DayNumber).Select(g => new DailyCount(g.Key, g.Count())).OrderBy(d => d.DayNumber).ToArray();
        var findings = new List<WeekFinding>();
        EvaluateWeeks(disease, weeklyCounts, days, firstMonday, Math.Max(0, weeklyCounts.Length - 1), findings, level);
        return [.. findings.Select(f => f.Finding)];
    }

    /// <summary>
    /// Judges every week from <paramref name="firstJudged"/> to the end of the series in one pass (the daily job and
    /// a backfill over many weeks use the same code), appending one finding per alarming week to <paramref name="findings"/>.
    /// </summary>
    /// <param name="weeklyCounts">Oldest first; week i starts on day <paramref name="firstMondayDayNumber"/> + 7i.</param>
    /// <param name="days">The same cases per onset day, ascending, none after the last week's evaluation date.</param>
    public static void EvaluateWeeks(NotifiableDisease disease, ReadOnlySpan<int> weeklyCounts, ReadOnlySpan<DailyCount> days, int firstMondayDayNumber, int firstJudged, List<WeekFinding> findings, AlertLevel level)
    {
        ArgumentNullException.ThrowIfNull(disease);
        ArgumentNullException.ThrowIfNull(findings);
        if (weeklyCounts.Length == 0)
        {
            return;
        }

        var raw = new List<WeekFinding>();
        if (level == AlertLevel.Commune)
        {
            if (disease.AlertRule is { } rule)
            {
                ThresholdWeeks(rule, days, firstMondayDayNumber, firstJudged, raw);
            }

            if (disease.CommuneStatistical is { } commune)
            {
                Statistical([commune.Method], commune.MinSigma, commune.MinCases, weeklyCounts, firstJudged, raw);
            }
        }
        else
        {
            Statistical([EarsMethod.C1, EarsMethod.C2, EarsMethod.C3], disease.Statistical.MinSigma, disease.Statistical.MinCases, weeklyCounts, firstJudged, raw);
        }

        if (raw.Count == 0)
        {
            return;
        }

        // One finding per week: the figures of the first method by priority, every method that fired as evidence.
        foreach (var week in raw.GroupBy(f => f.WeekIndex).OrderBy(g => g.Key))
        {
            var fired = week.OrderBy(f => Array.IndexOf(Priority, f.Finding.Method)).ToList();
            findings.Add(new WeekFinding(week.Key, fired[0].Finding with { Methods = [.. fired.Select(f => f.Finding.Method)] }));
        }
    }

    private static void Statistical(ReadOnlySpan<EarsMethod> methods, double minSigma, int minCases, ReadOnlySpan<int> weeklyCounts, int firstJudged, List<WeekFinding> findings)
    {
        Span<EarsResult> buffer = weeklyCounts.Length <= 256 ? stackalloc EarsResult[weeklyCounts.Length] : new EarsResult[weeklyCounts.Length];
        foreach (var method in methods)
        {
            var options = new EarsOptions(method, minSigma: minSigma);
            var n = EarsDetector.Evaluate(weeklyCounts, options, buffer);
            var first = options.FirstEvaluableIndex;
            for (var t = Math.Max(first, firstJudged); t < first + n; t++)
            {
                var r = buffer[t - first];
                if (!r.Alarm || weeklyCounts[t] == 0 || weeklyCounts[t] < minCases)
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
