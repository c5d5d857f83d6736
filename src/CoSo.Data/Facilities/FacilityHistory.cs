using CoSo.Core.Facilities;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Facilities;

/// <summary>
/// The facility record and equipment of stations as they were on a date, for indicators and the API. Ignores the
/// actor's scope: callers scope (indicator sources compute aggregates; the service checks the station first).
/// </summary>
public static class FacilityHistory
{
    /// <summary>
    /// Per station, the version in force on <paramref name="date"/> (the latest with EffectiveFrom ≤ date); none before
    /// the first version. A station whose record predates versioning (no version at all) falls back to its current row.
    /// </summary>
    public static async Task<Dictionary<Guid, StationFacility>> AsOfAsync(CoSoDbContext db, IReadOnlyCollection<Guid> stationIds, DateOnly date, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var versions = await db.Set<StationFacilityVersion>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(v => ids.Contains(v.OrgUnitId)).ToListAsync(ct);
        var byStation = versions.ToLookup(v => v.OrgUnitId);
        var result = versions.Where(v => v.EffectiveFrom <= date).GroupBy(v => v.OrgUnitId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.EffectiveFrom)!.ToFacility());
        var unversioned = ids.Where(id => !byStation.Contains(id)).ToList();
        if (unversioned.Count > 0)
        {
            foreach (var f in await db.Set<StationFacility>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(f => unversioned.Contains(f.OrgUnitId)).ToListAsync(ct))
            {
                result[f.OrgUnitId] = f;
            }
        }

        return result;
    }

    /// <summary>Stations with at least one item in working order received on or before the date (undated items count).</summary>
    public static async Task<HashSet<Guid>> WithWorkingEquipmentAsync(CoSoDbContext db, IReadOnlyCollection<Guid> stationIds, DateOnly date, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        return (await db.Set<EquipmentItem>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(e => ids.Contains(e.OrgUnitId) && e.Condition == EquipmentCondition.Working && e.Quantity > 0 && (e.ReceivedOn == null || e.ReceivedOn <= date))
            .Select(e => e.OrgUnitId).Distinct().ToListAsync(ct)).ToHashSet();
    }
}
