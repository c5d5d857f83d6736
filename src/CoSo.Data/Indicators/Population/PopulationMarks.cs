using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Population;

/// <summary>
/// A changed figure changes the population of every unit from it up, so T1 and T3 of the current month are marked for
/// every station at or below it (the interceptor marks the unit itself; a unit above the stations has no station of
/// its own to mark). Closed months stay frozen until recomputed on purpose, like every other input.
/// </summary>
internal static class PopulationMarks
{
    public static async Task AddAsync(CoSoDbContext db, IReadOnlyCollection<Guid> unitIds, TimeProvider time, CancellationToken ct)
    {
        var paths = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id) && u.Kind != OrgUnitKind.CommuneHealthStation)
            .Select(u => u.Path).ToListAsync(ct);
        if (paths.Count == 0)
        {
            return;
        }

        var stations = new HashSet<Guid>();
        foreach (var path in paths)
        {
            stations.UnionWith(await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct));
        }

        var month = Period.OfDate(VietnamClock.Today(time)).ToString();
        var now = time.GetUtcNow();
        foreach (var station in stations)
        {
            db.Set<IndicatorDirtyMark>().Add(new IndicatorDirtyMark { Id = Guid.CreateVersion7(), OrgUnitId = station, Period = month, MarkedAt = now, Source = nameof(PopulationFigure) });
        }
    }
}
