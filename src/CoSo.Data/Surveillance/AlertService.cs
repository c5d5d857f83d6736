using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Computes alerts (EARS C1/C2/C3 on weekly counts + fixed thresholds) for every commune × disease and
/// district × disease, and runs their workflow. Alerts are org-level: every query filters by the actor's scope.
/// </summary>
public sealed class AlertService(CoSoDbContext db, TimeProvider time, NotifiableDiseaseCatalogue catalogue, SurveillanceCounts counts)
{
    /// <summary>Weeks of history loaded: C3 needs baseline 7 + guard 2 + 2 earlier statistics + the current week.</summary>
    public const int WeeksLoaded = 12;

    /// <summary>Evaluates the ISO week containing <paramref name="asOf"/> (onsets up to that day). Idempotent; returns the alerts created.</summary>
    public async Task<int> RunAsync(DateOnly asOf, CancellationToken ct = default)
    {
        var week = IsoWeek.From(asOf);
        var first = week.AddWeeks(1 - WeeksLoaded);
        var daily = await counts.DailyByStationAsync(first.Monday, asOf, null, ignoreScope: true, ct);
        var stations = daily.Select(d => d.StationId).Distinct().ToList();
        var areas = new List<(Guid Station, OrgUnit Area)>();
        foreach (var level in new[] { AreaLevel.Commune, AreaLevel.District })
        {
            areas.AddRange((await counts.AreasAsync(stations, level, ct)).Select(kv => (kv.Key, kv.Value)));
        }

        var existing = (await db.Set<SurveillanceAlert>().AsNoTracking().Where(a => a.Period == week.ToString())
            .Select(a => new { a.OrgUnitId, a.DiseaseCode, a.Method }).ToListAsync(ct))
            .Select(a => (a.OrgUnitId, a.DiseaseCode, a.Method)).ToHashSet();
        var now = time.GetUtcNow();
        var created = 0;
        foreach (var group in areas.GroupBy(a => a.Area.Id))
        {
            var area = group.First().Area;
            var members = group.Select(g => g.Station).ToHashSet();
            foreach (var byDisease in daily.Where(d => members.Contains(d.StationId)).GroupBy(d => d.DiseaseCode))
            {
                var disease = catalogue.FindByCode(byDisease.Key);
                if (disease is null)
                {
                    continue;
                }

                var series = new int[WeeksLoaded];
                var dates = new List<DateOnly>();
                foreach (var d in byDisease)
                {
                    var index = (d.Date.DayNumber - first.Monday.DayNumber) / 7;
                    series[index] += d.Count;
                    dates.AddRange(Enumerable.Repeat(d.Date, d.Count));
                }

                var findings = AlertEvaluator.Evaluate(disease, series, dates, asOf);
                foreach (var f in findings.Where(f => existing.Add((area.Id, disease.Code, f.Method))))
                {
                    db.Set<SurveillanceAlert>().Add(new SurveillanceAlert
                    {
                        Id = Guid.CreateVersion7(), ProvinceCode = area.ProvinceCode, OrgUnitId = area.Id, DiseaseCode = disease.Code,
                        Method = f.Method, Period = week.ToString(), EvaluatedOn = asOf, Count = f.Count, Mean = f.Mean,
                        StandardDeviation = f.StandardDeviation, UpperBound = f.UpperBound, Statistic = f.Statistic,
                        CreatedAt = now, UpdatedAt = now, Version = 1,
                    });
                    created++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return created;
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
        var disease = catalogue.FindByCode(alert.DiseaseCode)?.NameVi ?? alert.DiseaseCode;
        var subject = Messages.Get("surveillance.alert.confirmedSubject", Messages.Vietnamese, disease, unit.Name);
        var body = Messages.Get("surveillance.alert.confirmedBody", Messages.Vietnamese, disease, unit.Name, alert.Period, alert.Method, alert.Count);
        db.Set<Notification>().Add(new Notification { Id = Guid.CreateVersion7(), OrgUnitId = recipient, CreatedAt = now, Subject = subject, Body = body });
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
        a.ResponseActions, a.CreatedAt, a.Version);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
