using System.Diagnostics;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Computes alerts (EARS C1/C2/C3 on weekly counts + fixed thresholds) for every commune × disease and
/// district × disease, and runs their workflow. Alerts are org-level: every query filters by the actor's scope.
/// </summary>
public sealed class AlertService(CoSoDbContext db, TimeProvider time, NotifiableDiseaseCatalogue catalogue, SurveillanceCounts counts, ILogger<AlertService> logger)
{
    /// <summary>Weeks of history loaded: C3 needs baseline 7 + guard 2 + 2 earlier statistics + the current week.</summary>
    public const int WeeksLoaded = 12;

    /// <summary>Evaluates the ISO week containing <paramref name="asOf"/> (onsets up to that day). Idempotent; returns the alerts created.</summary>
    public Task<int> RunAsync(DateOnly asOf, CancellationToken ct = default) => RunWeeksAsync(asOf, asOf, ct);

    /// <summary>
    /// Evaluates every ISO week from the week of <paramref name="from"/> to the week of <paramref name="asOf"/> (onsets
    /// up to <paramref name="asOf"/>) for every commune, district and province × disease (communes by fixed thresholds, districts and provinces by C1, C2, C3; one alert per area × disease × week): one grouped query over the
    /// whole window, the series built and judged in memory, the new alerts inserted in bulk. Idempotent; returns the
    /// alerts created. The daily job passes the previous week too, so that late reports of last week still count.
    /// </summary>
    public async Task<int> RunWeeksAsync(DateOnly from, DateOnly asOf, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var detection = await DetectWeeksAsync(from, asOf, ct);
        var evaluated = clock.Elapsed;
        var created = await AlertBulkWriter.WriteAsync(db, detection.Alerts, ct);
        logger.LogInformation(
            "Alerts {From}…{AsOf}: {Rows} count rows loaded in {Load} ms, {Series} series judged in {Evaluate} ms, {Created} of {Found} findings stored in {Store} ms",
            from, asOf, detection.CountRows, (long)detection.Loaded.TotalMilliseconds, detection.Series, (long)(evaluated - detection.Loaded).TotalMilliseconds,
            created, detection.Alerts.Count, (long)(clock.Elapsed - evaluated).TotalMilliseconds);
        return created;
    }

    /// <summary>
    /// The detection part of <see cref="RunWeeksAsync"/>, without storing: the counts of the window in one grouped
    /// query, every commune × disease series judged by fixed thresholds and every district and province × disease series by C1, C2, C3, and the
    /// alerts not stored yet returned.
    /// </summary>
    public async Task<AlertDetection> DetectWeeksAsync(DateOnly from, DateOnly asOf, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, asOf);
        var firstJudged = IsoWeek.From(from);
        var first = firstJudged.AddWeeks(1 - WeeksLoaded);
        var weeks = ((IsoWeek.From(asOf).Monday.DayNumber - first.Monday.DayNumber) / 7) + 1;
        var clock = Stopwatch.StartNew();
        var daily = await counts.DailyByStationAsync(first.Monday, asOf, null, ignoreScope: true, ct);
        var loaded = clock.Elapsed;
        var stations = daily.Select(d => d.StationId).Distinct().ToList();
        var communes = await counts.AreasAsync(stations, AreaLevel.Commune, ct);
        var districts = await counts.AreasAsync(stations, AreaLevel.District, ct);
        var provinces = await counts.AreasAsync(stations, AreaLevel.Province, ct);

        var series = new Dictionary<(Guid Area, string Disease), Series>();
        var diseases = new Dictionary<string, NotifiableDisease?>(StringComparer.Ordinal);
        foreach (var (station, code, date, count) in daily)
        {
            if (!diseases.TryGetValue(code, out var disease))
            {
                diseases[code] = disease = catalogue.FindByCode(code);
            }

            if (disease is null)
            {
                continue;
            }

            Add(series, communes[station], AlertLevel.Commune, disease, weeks, first.Monday.DayNumber, date, count);
            if (districts.TryGetValue(station, out var district))
            {
                Add(series, district, AlertLevel.District, disease, weeks, first.Monday.DayNumber, date, count);
            }

            if (provinces.TryGetValue(station, out var province))
            {
                Add(series, province, AlertLevel.District, disease, weeks, first.Monday.DayNumber, date, count);
            }
        }

        var periods = Enumerable.Range(WeeksLoaded - 1, weeks - WeeksLoaded + 1).Select(i => first.AddWeeks(i).ToString()).ToList();
        // PostgreSQL skips the alerts already stored in the INSERT itself (ON CONFLICT DO NOTHING); SQLite is told here.
        HashSet<(Guid, string, string)> existing = db.IsPostgres ? [] : (await db.Set<SurveillanceAlert>().AsNoTracking().Where(a => periods.Contains(a.Period))
            .Select(a => new { a.OrgUnitId, a.DiseaseCode, a.Period }).ToListAsync(ct))
            .Select(a => (a.OrgUnitId, a.DiseaseCode, a.Period)).ToHashSet();
        var now = time.GetUtcNow();
        var alerts = new List<SurveillanceAlert>();
        var findings = new List<WeekFinding>();
        foreach (var s in series.Values)
        {
            findings.Clear();
            AlertEvaluator.EvaluateWeeks(s.Disease, s.Weekly, s.Days(), first.Monday.DayNumber, WeeksLoaded - 1, findings, s.Level);
            foreach (var (index, f) in findings)
            {
                var period = periods[index - (WeeksLoaded - 1)];
                if (!existing.Add((s.Area.Id, s.Disease.Code, period)))
                {
                    continue;
                }

                // A past week is judged as of its Sunday; the last one as of the evaluation day.
                var evaluatedOn = first.AddWeeks(index).Sunday;
                alerts.Add(new SurveillanceAlert
                {
                    Id = Guid.CreateVersion7(), ProvinceCode = s.Area.ProvinceCode, OrgUnitId = s.Area.Id, DiseaseCode = s.Disease.Code,
                    Method = f.Method, Evidence = string.Join(',', f.Methods), Period = period, EvaluatedOn = evaluatedOn < asOf ? evaluatedOn : asOf, Count = f.Count, Mean = f.Mean,
                    StandardDeviation = f.StandardDeviation, UpperBound = f.UpperBound, Statistic = f.Statistic,
                    CreatedAt = now, UpdatedAt = now, Version = 1,
                });
            }
        }

        return new AlertDetection(alerts, daily.Count, series.Count, loaded);
    }

    private static void Add(Dictionary<(Guid, string), Series> all, OrgUnit area, AlertLevel level, NotifiableDisease disease, int weeks, int firstMonday, DateOnly date, int count)
    {
        if (!all.TryGetValue((area.Id, disease.Code), out var s))
        {
            all[(area.Id, disease.Code)] = s = new Series(area, level, disease, weeks);
        }

        s.Weekly[(date.DayNumber - firstMonday) / 7] += count;
        s.DailyCounts?.Add(new DailyCount(date.DayNumber, count));
    }

    // One area × disease: weekly totals, and the daily counts only in a commune for a disease with a fixed-threshold rule.
    private sealed class Series(OrgUnit area, AlertLevel level, NotifiableDisease disease, int weeks)
    {
        public OrgUnit Area { get; } = area;

        public AlertLevel Level { get; } = level;

        public NotifiableDisease Disease { get; } = disease;

        public int[] Weekly { get; } = new int[weeks];

        public List<DailyCount>? DailyCounts { get; } = disease.AlertRule is null || level != AlertLevel.Commune ? null : [];

        // A district's series gets the same day from several stations: sort and merge.
        public DailyCount[] Days()
        {
            if (DailyCounts is null || DailyCounts.Count == 0)
            {
                return [];
            }

            DailyCounts.Sort((a, b) => a.DayNumber.CompareTo(b.DayNumber));
            var merged = new List<DailyCount>(DailyCounts.Count);
            foreach (var d in DailyCounts)
            {
                if (merged.Count > 0 && merged[^1].DayNumber == d.DayNumber)
                {
                    merged[^1] = new DailyCount(d.DayNumber, merged[^1].Count + d.Count);
                }
                else
                {
                    merged.Add(d);
                }
            }

            return [.. merged];
        }
    }

    /// <summary>Alerts of the actor's units (a district's staff see those of all its communes), open ones first.</summary>
    public async Task<List<AlertDto>> ListAsync(AlertStatus? status = null, bool openOnly = false, CancellationToken ct = default)
    {
        var q = Scoped();
        if (status is { } s)
        {
            q = q.Where(a => a.Status == s);
        }

        if (openOnly)
        {
            q = q.Where(a => a.Status != AlertStatus.Closed && a.Status != AlertStatus.Discarded);
        }

        var rows = await q.OrderByDescending(a => a.CreatedAt).Take(1000)
            .Join(db.OrgUnits, a => a.OrgUnitId, u => u.Id, (a, u) => new { Alert = a, u.Name }).ToListAsync(ct);
        return [.. rows.Select(r => ToDto(r.Alert, r.Name))];
    }

    public async Task<int> CountOpenAsync(CancellationToken ct = default) =>
        await Scoped().CountAsync(a => a.Status != AlertStatus.Closed && a.Status != AlertStatus.Discarded, ct);

    public async Task<AlertDto> TransitionAsync(Guid id, AlertTransitionInput input, CancellationToken ct = default)
    {
        var alert = await Scoped(tracking: true).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        AlertWorkflow.Validate(alert.Status, input.To, input.Actions);
        var now = time.GetUtcNow();
        db.Set<AlertEvent>().Add(new AlertEvent
        {
            Id = Guid.CreateVersion7(), AlertId = alert.Id, From = alert.Status, To = input.To, At = now,
            UserId = db.Actor.UserId, UserName = db.Actor.UserName, Note = Clean(input.Note ?? input.Actions),
        });
        alert.Status = input.To;
        alert.UpdatedAt = now;
        alert.Version++;
        if (input.To == AlertStatus.Response)
        {
            alert.ResponseActions = Clean(input.Actions);
        }

        var unit = await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == alert.OrgUnitId, ct);
        if (input.To == AlertStatus.Confirmed)
        {
            await NotifyDistrictAsync(alert, unit, now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }

        return ToDto(alert, unit.Name);
    }

    public async Task<List<AlertEvent>> HistoryAsync(Guid id, CancellationToken ct = default)
    {
        _ = await Scoped().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        return await db.Set<AlertEvent>().AsNoTracking().Where(e => e.AlertId == id).OrderBy(e => e.At).ToListAsync(ct);
    }

    // The district to notify: the nearest regional centre above the alert's unit (the unit itself for a district
    // alert), else the parent (provinces whose stations sit directly under the department).
    private async Task NotifyDistrictAsync(SurveillanceAlert alert, OrgUnit unit, DateTimeOffset now, CancellationToken ct)
    {
        var centres = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.RegionalHealthCentre).ToListAsync(ct);
        var recipient = centres.Where(c => unit.Path.StartsWith(c.Path, StringComparison.Ordinal)).MaxBy(c => c.Depth)?.Id ?? unit.ParentId ?? unit.Id;
        var found = catalogue.FindByCode(alert.DiseaseCode);
        var disease = found?.NameVi ?? alert.DiseaseCode;
        var diseaseEn = found?.NameEn ?? alert.DiseaseCode;
        var subject = Messages.Get("surveillance.alert.confirmedSubject", Messages.Vietnamese, disease, unit.Name);
        var body = Messages.Get("surveillance.alert.confirmedBody", Messages.Vietnamese, disease, unit.Name, alert.Period, alert.Method, alert.Count);
        db.Set<Notification>().Add(new Notification
        {
            Id = Guid.CreateVersion7(), OrgUnitId = recipient, CreatedAt = now, Subject = subject, Body = body,
            SubjectEn = Messages.Get("surveillance.alert.confirmedSubject", Messages.English, diseaseEn, unit.Name),
            BodyEn = Messages.Get("surveillance.alert.confirmedBody", Messages.English, diseaseEn, unit.Name, alert.Period, alert.Method, alert.Count),
        });
        db.Set<OutboxMessage>().Add(new OutboxMessage { Id = Guid.CreateVersion7(), CreatedAt = now, Channel = "email", RecipientOrgUnitId = recipient, Subject = subject, Body = body });
    }

    private IQueryable<SurveillanceAlert> Scoped(bool tracking = false)
    {
        var all = db.Actor.Scope.All;
        var ids = db.Actor.Scope.UnitIds;
        var q = db.Set<SurveillanceAlert>().Where(a => all || ids.Contains(a.OrgUnitId));
        return tracking ? q : q.AsNoTracking();
    }

    private AlertDto ToDto(SurveillanceAlert a, string unitName) => new(
        a.Id, a.OrgUnitId, unitName, a.DiseaseCode, catalogue.FindByCode(a.DiseaseCode)?.NameVi ?? a.DiseaseCode, a.Method, a.Period,
        a.EvaluatedOn, a.Count, a.Mean, a.StandardDeviation, a.UpperBound, a.Statistic, a.Status, AlertWorkflow.Next(a.Status),
        a.ResponseActions, a.CreatedAt, a.Version,
        a.Evidence.Length == 0 ? [a.Method] : a.Evidence.Split(','));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
