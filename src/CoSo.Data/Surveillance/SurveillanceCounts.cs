using System.Globalization;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Case counts by area, disease and ISO week (or day) of onset. The database groups by station, disease and
/// onset date (portable SQL on both providers); the fold into ISO weeks and up the org tree happens here, so
/// week numbers are the same everywhere and right at year boundaries. Discarded cases are not counted.
/// </summary>
public sealed class SurveillanceCounts(CoSoDbContext db)
{
    /// <summary>Daily counts per station and disease, scoped to the actor's units by the context's filter.</summary>
    public async Task<List<(Guid StationId, string DiseaseCode, DateOnly Date, int Count)>> DailyByStationAsync(DateOnly from, DateOnly to, string? disease, bool ignoreScope = false, CancellationToken ct = default)
    {
        var q = ignoreScope ? db.Set<CaseReport>().Unfiltered(UnscopedReason.IndicatorComputation) : db.Set<CaseReport>();
        q = q.Where(c => c.Classification != CaseClassification.Discarded && c.OnsetDate >= from && c.OnsetDate <= to);
        if (!string.IsNullOrWhiteSpace(disease))
        {
            q = q.Where(c => c.DiseaseCode == disease);
        }

        var rows = await q.GroupBy(c => new { c.OrgUnitId, c.DiseaseCode, c.OnsetDate })
            .Select(g => new { g.Key.OrgUnitId, g.Key.DiseaseCode, g.Key.OnsetDate, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.Select(r => (r.OrgUnitId, r.DiseaseCode, r.OnsetDate, r.Count))];
    }

    public Task<List<CountRow>> WeeklyAsync(AreaLevel level, DateOnly from, DateOnly to, string? disease, CancellationToken ct = default) =>
        CountAsync(level, from, to, disease, d => IsoWeek.From(d).ToString(), ct);

    public Task<List<CountRow>> DailyAsync(AreaLevel level, DateOnly from, DateOnly to, string? disease, CancellationToken ct = default) =>
        CountAsync(level, from, to, disease, d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ct);

    /// <summary>For each station, the unit it rolls up to at a level (itself, its regional centre, its provincial department).</summary>
    public async Task<Dictionary<Guid, OrgUnit>> AreasAsync(IEnumerable<Guid> stationIds, AreaLevel level, CancellationToken ct = default)
    {
        var ids = stationIds.Distinct().ToList();
        var stations = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        if (level == AreaLevel.Commune)
        {
            return stations.ToDictionary(s => s.Id);
        }

        var kind = level == AreaLevel.District ? OrgUnitKind.RegionalHealthCentre : OrgUnitKind.ProvincialHealthDepartment;
        var candidates = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == kind).ToListAsync(ct);
        var result = new Dictionary<Guid, OrgUnit>();
        foreach (var s in stations)
        {
            var area = candidates.Where(c => s.Path.StartsWith(c.Path, StringComparison.Ordinal)).MaxBy(c => c.Depth);
            if (area is not null)
            {
                result[s.Id] = area;
            }
        }

        return result;
    }

    private async Task<List<CountRow>> CountAsync(AreaLevel level, DateOnly from, DateOnly to, string? disease, Func<DateOnly, string> period, CancellationToken ct)
    {
        var daily = await DailyByStationAsync(from, to, disease, ct: ct);
        var areas = await AreasAsync(daily.Select(d => d.StationId), level, ct);
        return [.. daily.Where(d => areas.ContainsKey(d.StationId))
            .GroupBy(d => (Area: areas[d.StationId], d.DiseaseCode, Period: period(d.Date)))
            .Select(g => new CountRow(g.Key.Area.Id, g.Key.Area.Name, g.Key.DiseaseCode, g.Key.Period, g.Sum(x => x.Count)))
            .OrderBy(r => r.OrgUnitName, StringComparer.Ordinal).ThenBy(r => r.DiseaseCode, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal)];
    }
}
