using System.Diagnostics;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Computes alerts (fixed thresholds and EARS on weekly counts) for every commune, district and province × disease,
/// one alert per event (ADR 0008), and runs their workflow. Alerts are org-level: every query filters by the actor's scope.
/// </summary>
public sealed class AlertService(CoSoDbContext db, TimeProvider time, NotifiableDiseaseCatalogue catalogue, SurveillanceCounts counts, ILogger<AlertService> logger)
{
    /// <summary>Weeks of history loaded: C3 needs baseline 7 + guard 2 + 2 earlier statistics + the current week.</summary>
    public const int WeeksLoaded = 12;

    /// <summary>Evaluates the ISO week containing <paramref name="asOf"/> (onsets up to that day). Idempotent.</summary>
    public Task<AlertRunResult> RunAsync(DateOnly asOf, CancellationToken ct = default) => RunWeeksAsync(asOf, asOf, ct);

    /// <summary>
    /// Evaluates every ISO week from the week of <paramref name="from"/> to the week of <paramref name="asOf"/> (onsets
    /// up to <paramref name="asOf"/>) for every commune, district and province × disease (communes by fixed thresholds
    /// or, for high-volume syndromes, one EARS method; districts and provinces by C1, C2, C3): one grouped query over
    /// the whole window, the series built and judged in memory, at most one signalled week per area × disease × week.
    /// Each new week continues the open alert of its area × disease when it follows that alert's last week closely
    /// enough (<see cref="AlertEpisodes"/>), else opens a new alert. Idempotent: a week is stored once. The daily job
    /// passes the previous week too, so that late reports of last week still count.
    /// </summary>
    public async Task<AlertRunResult> RunWeeksAsync(DateOnly from, DateOnly asOf, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageAlerts);
        var clock = Stopwatch.StartNew();
        var found = await FindAsync(from, asOf, ct);
        var evaluated = clock.Elapsed;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres)
        {
            // One run at a time: the alerts read below are the ones the new weeks are merged into.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('coso.surveillance_alerts'))", ct);
        }

        var (stored, storedWeeks) = await StoredAsync(IsoWeek.From(from), IsoWeek.From(asOf), ct);
        var plan = AlertPlan.Build(found.Weeks, stored, storedWeeks, time.GetUtcNow());
        await AlertBulkWriter.WriteAsync(db, plan, ct);
        // FHIR Subscriptions to the alert topic (ADR 0021): the COPY is invisible to SaveChanges interceptors, so the run
        // enqueues the notifications itself, in its transaction.
        var events = plan.Created.Select(a => new Fhir.Subscriptions.SubscriptionEvent(Fhir.Subscriptions.SubscriptionTopics.SurveillanceAlert, a.Id, a.OrgUnitId, null)).ToList();
        if (await Fhir.Subscriptions.SubscriptionNotifier.EnqueueAsync(db, events, time.GetUtcNow(), ct) > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        var result = new AlertRunResult(plan.Created.Count, plan.Extended.Count, plan.Weeks);
        logger.LogInformation(
            "Alerts {From}…{AsOf}: {Rows} count rows loaded in {Load} ms, {Series} series judged in {Evaluate} ms, {Found} signalled weeks found, " +
            "{Weeks} new: {Created} new alerts, {Continued} alerts continued, stored in {Store} ms",
            from, asOf, found.CountRows, (long)found.Loaded.TotalMilliseconds, found.Series, (long)(evaluated - found.Loaded).TotalMilliseconds,
            found.Weeks.Count, result.Weeks, result.Created, result.Continued, (long)(clock.Elapsed - evaluated).TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// The detection part of <see cref="RunWeeksAsync"/>, without storing and without reading what is stored: the
    /// counts of the window in one grouped query, every series judged, the signalled weeks merged into alerts among
    /// themselves, and those alerts (with their weeks) returned.
    /// </summary>
    public async Task<AlertDetection> DetectWeeksAsync(DateOnly from, DateOnly asOf, CancellationToken ct = default)
    {
        var found = await FindAsync(from, asOf, ct);
        var plan = AlertPlan.Build(found.Weeks, [], new HashSet<(Guid, string, string)>(), time.GetUtcNow());
        return new AlertDetection(plan.Created, found.CountRows, found.Series, found.Loaded) { AlertWeeks = found.Weeks.Count };
    }

    // The stored alerts that a week of [first, last] could continue (last week ≥ first − N, first week ≤ last + N, N
    // the largest continuation of the catalogue), and the (area, disease, week) already stored in [first, last].
    private async Task<(List<SurveillanceAlert>, HashSet<(Guid, string, string)>)> StoredAsync(IsoWeek first, IsoWeek last, CancellationToken ct)
    {
        var reach = catalogue.Diseases.Max(d => d.AlertContinueWeeks);
        var lo = first.AddWeeks(-reach).ToString();
        var hi = last.AddWeeks(reach).ToString();
        // string.Compare becomes SQL's <, >=: weeks "YYYY-Www" of fixed width order the same in every collation.
#pragma warning disable CA1309
        var alerts = await db.Set<SurveillanceAlert>().AsNoTracking()
            .Where(a => string.Compare(a.LastPeriod, lo) >= 0 && string.Compare(a.Period, hi) <= 0).ToListAsync(ct);
        var (from, to) = (first.ToString(), last.ToString());
        var weeks = await db.Set<SurveillanceAlertWeek>().AsNoTracking()
            .Where(w => string.Compare(w.Period, from) >= 0 && string.Compare(w.Period, to) <= 0)
            .Select(w => new { w.OrgUnitId, w.DiseaseCode, w.Period }).ToListAsync(ct);
#pragma warning restore CA1309
        return (alerts, weeks.Select(w => (w.OrgUnitId, w.DiseaseCode, w.Period)).ToHashSet());
    }

    // Counts of the window → every series judged → the signalled weeks, in runs of one area × disease, ascending.
    private async Task<Found> FindAsync(DateOnly from, DateOnly asOf, CancellationToken ct)
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

        var found = new List<AlertWeekFinding>();
        var findings = new List<WeekFinding>();
        foreach (var s in series.Values)
        {
            findings.Clear();
            AlertEvaluator.EvaluateWeeks(s.Disease, s.Weekly, s.Days(), first.Monday.DayNumber, WeeksLoaded - 1, findings, s.Level);
            foreach (var (index, f) in findings)
            {
                // A past week is judged as of its Sunday; the last one as of the evaluation day.
                var week = first.AddWeeks(index);
                found.Add(new AlertWeekFinding(s.Area, s.Disease, week, week.Sunday < asOf ? week.Sunday : asOf, f));
            }
        }

        return new Found(found, daily.Count, series.Count, loaded);
    }

    private sealed record Found(List<AlertWeekFinding> Weeks, int CountRows, int Series, TimeSpan Loaded);

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

    /// <summary>
    /// Alerts of the actor's units (a district's staff see those of all its communes), the latest signal first; an
    /// ongoing alert is one row with its span and its weeks' evidence.
    /// </summary>
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

        var rows = await q.OrderByDescending(a => a.LastPeriod).ThenByDescending(a => a.CreatedAt).Take(1000)
            .Join(db.OrgUnits, a => a.OrgUnitId, u => u.Id, (a, u) => new { Alert = a, u.Name }).ToListAsync(ct);
        var ids = rows.Select(r => r.Alert.Id).ToList();
        var weeks = (await db.Set<SurveillanceAlertWeek>().AsNoTracking().Where(w => ids.Contains(w.AlertId)).ToListAsync(ct))
            .ToLookup(w => w.AlertId);
        return [.. rows.Select(r => ToDto(r.Alert, r.Name, weeks[r.Alert.Id]))];
    }

    public async Task<int> CountOpenAsync(CancellationToken ct = default) =>
        await Scoped().CountAsync(a => a.Status != AlertStatus.Closed && a.Status != AlertStatus.Discarded, ct);

    public async Task<AlertDto> TransitionAsync(Guid id, AlertTransitionInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RespondToAlerts);
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

        var weeks = await db.Set<SurveillanceAlertWeek>().AsNoTracking().Where(w => w.AlertId == alert.Id).ToListAsync(ct);
        return ToDto(alert, unit.Name, weeks);
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
        // An ongoing alert is named by its span ("2026-W12–2026-W14"); the method and count are its first week's.
        var weeks = alert.LastPeriod.Length == 0 || alert.LastPeriod == alert.Period ? alert.Period : alert.Period + "–" + alert.LastPeriod;
        var body = Messages.Get("surveillance.alert.confirmedBody", Messages.Vietnamese, disease, unit.Name, weeks, alert.Method, alert.Count);
        db.Set<Notification>().Add(new Notification
        {
            Id = Guid.CreateVersion7(), OrgUnitId = recipient, CreatedAt = now, Subject = subject, Body = body,
            SubjectEn = Messages.Get("surveillance.alert.confirmedSubject", Messages.English, diseaseEn, unit.Name),
            BodyEn = Messages.Get("surveillance.alert.confirmedBody", Messages.English, diseaseEn, unit.Name, weeks, alert.Method, alert.Count),
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

    private AlertDto ToDto(SurveillanceAlert a, string unitName, IEnumerable<SurveillanceAlertWeek> weeks) => new(
        a.Id, a.OrgUnitId, unitName, a.DiseaseCode, catalogue.FindByCode(a.DiseaseCode)?.NameVi ?? a.DiseaseCode, a.Method, a.Period,
        a.EvaluatedOn, a.Count, a.Mean, a.StandardDeviation, a.UpperBound, a.Statistic, a.Status, AlertWorkflow.Next(a.Status),
        a.ResponseActions, a.CreatedAt, a.Version,
        Methods(a.Evidence, a.Method),
        a.LastPeriod.Length == 0 ? a.Period : a.LastPeriod,
        a.WeekCount,
        [.. weeks.OrderBy(w => w.Period, StringComparer.Ordinal).Select(w => new AlertWeekDto(
            w.Period, w.EvaluatedOn, w.Method, Methods(w.Evidence, w.Method), w.Count, w.Mean, w.StandardDeviation, w.UpperBound, w.Statistic))]);

    private static string[] Methods(string evidence, string method) => evidence.Length == 0 ? [method] : evidence.Split(',');

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
