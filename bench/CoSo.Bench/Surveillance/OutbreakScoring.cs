using System.Globalization;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Bench.Surveillance;

/// <summary>One outbreak planted by the bench: commune, disease, first week (index in the loaded weeks), length, cases planted per week.</summary>
public sealed record PlantedOutbreak(Guid Commune, string Disease, int StartWeek, int Weeks, int[] CasesPerWeek)
{
    /// <summary>Cases planted in the start week and the next (before the 5 % of discarded reports).</summary>
    public int FirstTwoWeeks => CasesPerWeek.Take(2).Sum();
}

/// <summary>
/// Sensitivity of a set of alerts against the planted outbreaks: an outbreak is detected when an alert for its disease
/// is raised at its commune, its district or its province in its start week or the next. The delay is the number of
/// weeks from the start to the first such alert during the outbreak (0 = the start week).
/// </summary>
public sealed class OutbreakScoring(IReadOnlyDictionary<Guid, (Guid District, Guid Province)> tree, int firstJudged, int lastJudged)
{
    private readonly Dictionary<(Guid, string), SortedSet<int>> alerts = [];

    public void Add(Guid area, string disease, int week)
    {
        if (!alerts.TryGetValue((area, disease), out var weeks))
        {
            alerts[(area, disease)] = weeks = [];
        }

        weeks.Add(week);
    }

    /// <summary>The first week in [from, to] with an alert for the disease at the commune, its district or its province, and the level that had it.</summary>
    public (int Week, string Level)? FirstAlert(Guid commune, string disease, int from, int to, bool withProvince = true)
    {
        var (district, province) = tree[commune];
        (int, string)? best = null;
        foreach (var (area, level) in new[] { (commune, "commune"), (district, "district"), (province, "province") })
        {
            if (!withProvince && level == "province")
            {
                continue;
            }

            if (alerts.TryGetValue((area, disease), out var weeks) && weeks.GetViewBetween(from, to) is { Count: > 0 } view
                && (best is null || view.Min < best.Value.Item1))
            {
                best = (view.Min, level);
            }
        }

        return best;
    }

    /// <summary>Outbreaks whose start week and the next are both judged (the ones before the judged window cannot be scored).</summary>
    public List<PlantedOutbreak> Scorable(IEnumerable<PlantedOutbreak> planted) =>
        [.. planted.Where(o => o.StartWeek >= firstJudged && o.StartWeek + 1 <= lastJudged)];

    public Result Score(IReadOnlyList<PlantedOutbreak> outbreaks, Func<string, bool> hasCommuneRule, int seed, bool withProvince = true)
    {
        var detected = 0;
        var delays = new List<int>();
        var byLevel = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<string, (int Outbreaks, int Detected)>(StringComparer.Ordinal);
        var random = new Random(seed);
        var chance = 0;
        foreach (var o in outbreaks)
        {
            var hit = FirstAlert(o.Commune, o.Disease, o.StartWeek, o.StartWeek + 1, withProvince);
            var during = FirstAlert(o.Commune, o.Disease, o.StartWeek, o.StartWeek + o.Weeks - 1, withProvince);
            if (during is { } d)
            {
                delays.Add(d.Week - o.StartWeek);
            }

            if (hit is { } h)
            {
                detected++;
                byLevel[h.Level] = byLevel.GetValueOrDefault(h.Level) + 1;
            }

            var size = o.FirstTwoWeeks switch { <= 3 => "1–3", <= 9 => "4–9", _ => "≥ 10" };
            foreach (var key in new[] { (hasCommuneRule(o.Disease) ? "commune threshold rule" : "no commune threshold") + ", " + size + " cases in the first two weeks" })
            {
                var (n, k) = groups.GetValueOrDefault(key);
                groups[key] = (n + 1, k + (hit is null ? 0 : 1));
            }

            // Chance: the same commune and disease, a two-week window at a random judged week away from this outbreak.
            int r;
            do
            {
                r = random.Next(firstJudged, lastJudged);
            }
            while (r + 1 >= o.StartWeek - 1 && r <= o.StartWeek + o.Weeks);

            if (FirstAlert(o.Commune, o.Disease, r, r + 1, withProvince) is not null)
            {
                chance++;
            }
        }

        delays.Sort();
        return new Result(outbreaks.Count, detected, delays.Count, delays.Count == 0 ? double.NaN : Median(delays), byLevel, groups, chance);
    }

    private static double Median(List<int> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    public sealed record Result(int Outbreaks, int Detected, int DetectedDuring, double MedianDelay, Dictionary<string, int> ByLevel,
        Dictionary<string, (int Outbreaks, int Detected)> Groups, int Chance)
    {
        public double Sensitivity => (double)Detected / Outbreaks;

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Detected:N0} of {Outbreaks:N0} = {100.0 * Sensitivity:N1} % within two weeks (first alert at {string.Join(", ", ByLevel.OrderBy(l => l.Key).Select(l => $"{l.Key} {l.Value:N0}"))}); " +
            $"{DetectedDuring:N0} detected at some time during the outbreak, median delay {MedianDelay:N1} weeks; chance of an alert in a random two-week window of the same area × disease: {100.0 * Chance / Outbreaks:N1} %");
    }

    /// <summary>
    /// The rules before issue 16 (commit de1cc51's parent), emulated on the same series with today's kernel: every commune
    /// and district × disease judged by C1, C2 and C3 with minSigma 0 and by the fixed threshold; each method that fired
    /// stored its own alert. Returns the number of alerts the old rules stored for one series and adds its weeks to <paramref name="scoring"/>.
    /// </summary>
    public static int Legacy(NotifiableDisease disease, int[] weekly, DailyCount[] days, int firstMonday, int firstJudged, Guid area, OutbreakScoring scoring, List<WeekFinding> buffer)
    {
        // Measles and rubella alerted on 2 cases in 28 days before the catalogue moved them to 1 suspected case; no
        // commune had statistics then.
        disease = disease with { CommuneStatistical = null };
        if (disease.Code is "measles" or "rubella")
        {
            disease = disease with { AlertRule = new FixedThresholdRule(2, 28) };
        }

        var count = 0;
        buffer.Clear();
        AlertEvaluator.EvaluateWeeks(disease with { Statistical = new StatisticalRule(0, 1) }, weekly, days, firstMonday, firstJudged, buffer, AlertLevel.District);
        foreach (var (week, f) in buffer)
        {
            count += f.Methods.Count;
            scoring.Add(area, disease.Code, week);
        }

        buffer.Clear();
        AlertEvaluator.EvaluateWeeks(disease, weekly, days, firstMonday, firstJudged, buffer, AlertLevel.Commune);
        foreach (var (week, _) in buffer)
        {
            count++;
            scoring.Add(area, disease.Code, week);
        }

        return count;
    }
}
