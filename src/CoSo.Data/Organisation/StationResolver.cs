using CoSo.Core.Common;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Organisation;

/// <summary>
/// The station a station-level operation (queue, pharmacy) works on: the one asked for, if it is in the user's scope,
/// or the user's only station. A district user with several stations must say which.
/// </summary>
public sealed class StationResolver(CoSoDbContext db)
{
    public async Task<OrgUnit> ResolveAsync(Guid? stationId, CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        if (stationId is { } id)
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null || unit.Kind is OrgUnitKind.Village || !scope.Allows(unit.Id))
            {
                throw new NotFoundException();
            }

            return unit;
        }

        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .Take(2).ToListAsync(ct);
        return stations.Count == 1 ? stations[0] : throw new DomainValidationException("stationId", "station.required");
    }

    /// <summary>
    /// For lists of residents: the station asked for or the user's only one; null for a user whose scope holds no
    /// station, only villages (a village health worker) — the lists then rely on the scope filters, which show them
    /// their villages' residents. A user with several stations must say which.
    /// </summary>
    public async Task<OrgUnit?> ResolveOrVillagesAsync(Guid? stationId, CancellationToken ct = default)
    {
        if (stationId is not null)
        {
            return await ResolveAsync(stationId, ct);
        }

        var scope = db.Actor.Scope;
        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .Take(2).ToListAsync(ct);
        return stations.Count switch
        {
            1 => stations[0],
            0 when !scope.All => null,
            _ => throw new DomainValidationException("stationId", "station.required"),
        };
    }

    /// <summary>The title of a list for a user without a station: the names of the villages in their scope.</summary>
    public async Task<string> VillagesTitleAsync(CancellationToken ct = default)
    {
        var ids = db.Actor.Scope.UnitIds;
        var names = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Village && ids.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).Take(5).ToListAsync(ct);
        return string.Join(", ", names);
    }

    /// <summary>The station of the user, or null when they have none or several (the page then offers a choice).</summary>
    public async Task<OrgUnit?> SingleOrDefaultAsync(CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .Take(2).ToListAsync(ct);
        return stations.Count == 1 ? stations[0] : null;
    }
}
