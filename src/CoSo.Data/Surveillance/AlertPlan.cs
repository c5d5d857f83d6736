using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>
/// What a run stores: the weeks found that are not stored yet, each assigned to the alert it continues or to a new
/// alert (<see cref="AlertEpisodes"/>). Stored alerts keep their status and workflow; only their span, week count
/// and, when a late report moves their start earlier, their first week's figures change.
/// </summary>
internal sealed class AlertPlan
{
    /// <summary>New alerts, each with its weeks in <see cref="SurveillanceAlert.WeeklyEvidence"/>.</summary>
    public List<SurveillanceAlert> Created { get; } = [];

    /// <summary>Weeks added to stored alerts.</summary>
    public List<SurveillanceAlertWeek> Added { get; } = [];

    /// <summary>Stored alerts whose span changed (detached copies with the new values).</summary>
    public List<SurveillanceAlert> Extended { get; } = [];

    public int Weeks => Added.Count + Created.Sum(a => a.WeeklyEvidence.Count);

    /// <param name="found">Findings in runs of one area × disease, each run's weeks ascending.</param>
    /// <param name="stored">Stored alerts that the weeks could continue.</param>
    /// <param name="storedWeeks">(area, disease, week) already stored: never stored again.</param>
    public static AlertPlan Build(IReadOnlyList<AlertWeekFinding> found, IReadOnlyList<SurveillanceAlert> stored, IReadOnlySet<(Guid, string, string)> storedWeeks, DateTimeOffset now)
    {
        var plan = new AlertPlan();
        var byKey = stored.GroupBy(a => (a.OrgUnitId, a.DiseaseCode)).ToDictionary(g => g.Key, g => g.ToList());
        var weeks = new List<int>();
        var entries = new List<SurveillanceAlertWeek>();
        for (var start = 0; start < found.Count;)
        {
            var end = start;
            var (area, disease) = (found[start].Area, found[start].Disease);
            while (end < found.Count && found[end].Area.Id == area.Id && ReferenceEquals(found[end].Disease, disease))
            {
                end++;
            }

            weeks.Clear();
            entries.Clear();
            for (var i = start; i < end; i++)
            {
                var f = found[i];
                var period = f.Week.ToString();
                if (storedWeeks.Contains((area.Id, disease.Code, period)))
                {
                    continue;
                }

                weeks.Add(f.Week.Number);
                entries.Add(new SurveillanceAlertWeek
                {
                    OrgUnitId = area.Id, DiseaseCode = disease.Code, Period = period, EvaluatedOn = f.EvaluatedOn, Method = f.Finding.Method,
                    Evidence = string.Join(',', f.Finding.Methods), Count = f.Finding.Count, Mean = f.Finding.Mean,
                    StandardDeviation = f.Finding.StandardDeviation, UpperBound = f.Finding.UpperBound, Statistic = f.Finding.Statistic, CreatedAt = now,
                });
            }

            if (weeks.Count > 0)
            {
                plan.Merge(area.ProvinceCode, byKey.GetValueOrDefault((area.Id, disease.Code)) ?? [], disease.AlertContinueWeeks, weeks, entries, now);
            }

            start = end;
        }

        return plan;
    }

    private void Merge(string provinceCode, List<SurveillanceAlert> stored, int continueWeeks, List<int> weeks, List<SurveillanceAlertWeek> entries, DateTimeOffset now)
    {
        var spans = stored.Select(a => new AlertSpan(a.Id, Number(a.Period), Number(a.LastPeriod.Length > 0 ? a.LastPeriod : a.Period), a.WeekCount, AlertEpisodes.IsOpen(a.Status))).ToList();
        var assigned = AlertEpisodes.Assign(spans, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weeks), continueWeeks, Guid.CreateVersion7);
        var created = new Dictionary<Guid, (SurveillanceAlert Alert, AlertSpan Span)>();
        var extended = new Dictionary<Guid, (SurveillanceAlert Alert, AlertSpan Span, SurveillanceAlertWeek? First)>();
        for (var i = 0; i < assigned.Length; i++)
        {
            var span = assigned[i];
            var entry = entries[i];
            entry.AlertId = span.Id;
            if (span.IsNew)
            {
                if (!created.TryGetValue(span.Id, out var c))
                {
                    var alert = new SurveillanceAlert
                    {
                        Id = span.Id, ProvinceCode = provinceCode, OrgUnitId = entry.OrgUnitId, DiseaseCode = entry.DiseaseCode,
                        Status = AlertStatus.New, CreatedAt = now, UpdatedAt = now, Version = 1,
                    };
                    CopyFigures(entry, alert);
                    Created.Add(alert);
                    created[span.Id] = c = (alert, span);
                }

                c.Alert.WeeklyEvidence.Add(entry);
                continue;
            }

            Added.Add(entry);
            var original = stored.First(a => a.Id == span.Id);
            var first = extended.TryGetValue(span.Id, out var e) ? e.First : null;
            // A late report that signals before the alert's first week moves its start: its figures are the first week's.
            if (weeks[i] < Number(original.Period) && (first is null || string.CompareOrdinal(entry.Period, first.Period) < 0))
            {
                first = entry;
            }

            extended[span.Id] = (original, span, first);
        }

        foreach (var (alert, span) in created.Values)
        {
            alert.LastPeriod = IsoWeek.FromNumber(span.LastWeek).ToString();
            alert.WeekCount = span.Weeks;
        }

        foreach (var (alert, span, first) in extended.Values)
        {
            var copy = Copy(alert);
            copy.LastPeriod = IsoWeek.FromNumber(span.LastWeek).ToString();
            copy.WeekCount = span.Weeks;
            copy.UpdatedAt = now;
            if (first is not null)
            {
                CopyFigures(first, copy);
            }

            Extended.Add(copy);
        }
    }

    private static void CopyFigures(SurveillanceAlertWeek week, SurveillanceAlert alert)
    {
        alert.Period = week.Period;
        alert.EvaluatedOn = week.EvaluatedOn;
        alert.Method = week.Method;
        alert.Evidence = week.Evidence;
        alert.Count = week.Count;
        alert.Mean = week.Mean;
        alert.StandardDeviation = week.StandardDeviation;
        alert.UpperBound = week.UpperBound;
        alert.Statistic = week.Statistic;
    }

    private static SurveillanceAlert Copy(SurveillanceAlert a) => new()
    {
        Id = a.Id, ProvinceCode = a.ProvinceCode, OrgUnitId = a.OrgUnitId, DiseaseCode = a.DiseaseCode, Method = a.Method, Evidence = a.Evidence,
        Period = a.Period, LastPeriod = a.LastPeriod, WeekCount = a.WeekCount, EvaluatedOn = a.EvaluatedOn, Count = a.Count, Mean = a.Mean,
        StandardDeviation = a.StandardDeviation, UpperBound = a.UpperBound, Statistic = a.Statistic, Status = a.Status,
        ResponseActions = a.ResponseActions, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt, Version = a.Version,
    };

    private static int Number(string period) =>
        IsoWeek.TryParse(period, out var week) ? week.Number : throw new InvalidOperationException($"Stored alert week '{period}' is not an ISO week.");
}
