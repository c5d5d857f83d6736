using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// Runs EARS C1, C2 and C3 (default options) on the weekly counts of one area × disease, judging only the last
/// week of the series, plus the disease's fixed-threshold rule on the case dates.
/// </summary>
public static class AlertEvaluator
{
    public const string Threshold = "threshold";

    /// <param name="weeklyCounts">Oldest first; the last element is the week evaluated.</param>
    /// <param name="caseDates">Onset dates of the area's counted cases (for the fixed-threshold rule).</param>
    public static List<AlertFinding> Evaluate(NotifiableDisease disease, ReadOnlySpan<int> weeklyCounts, IEnumerable<DateOnly> caseDates, DateOnly asOf)
    {
        var findings = new List<AlertFinding>();
        var current = weeklyCounts.Length == 0 ? 0 : weeklyCounts[^1];
        foreach (var method in new[] { EarsMethod.C1, EarsMethod.C2, EarsMethod.C3 })
        {
            var options = new EarsOptions(method);
            if (weeklyCounts.Length <= options.FirstEvaluableIndex || current == 0)
            {
                continue;
            }

            var last = EarsDetector.Evaluate(weeklyCounts, options)[^1];
            if (!last.Alarm)
            {
                continue;
            }

            double? mean = null;
            double? sd = null;
            if (method != EarsMethod.C3)
            {
                var lag = method == EarsMethod.C2 ? 2 : 0;
                var t = weeklyCounts.Length - 1;
                (mean, sd) = MeanSd(weeklyCounts.Slice(t - lag - options.Baseline, options.Baseline));
            }

            findings.Add(new AlertFinding(method.ToString(), current, mean, sd, last.UpperBound, last.Statistic));
        }

        if (disease.AlertRule is { } rule)
        {
            var dates = caseDates.ToList();
            if (rule.IsMet(dates, asOf))
            {
                var from = asOf.AddDays(1 - rule.WindowDays);
                findings.Add(new AlertFinding(Threshold, dates.Count(d => d >= from && d <= asOf), null, null, rule.MinCases, null));
            }
        }

        return findings;
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
