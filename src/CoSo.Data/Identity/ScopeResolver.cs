using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Identity;

/// <summary>Expands the units a user works in to every unit below them (any depth, via materialised paths).</summary>
public static class ScopeResolver
{
    public static async Task<AccessScope> ResolveAsync(CoSoDbContext db, Guid userId, CancellationToken ct = default) =>
        await ExpandAsync(db, await db.UserOrgUnits.AsNoTracking().Where(x => x.UserId == userId)
            .Join(db.OrgUnits, x => x.OrgUnitId, u => u.Id, (x, u) => u)
            .ToListAsync(ct), ct);

    /// <summary>One org unit and every unit below it (a system client's scope); the nation is everything, an unknown unit nothing.</summary>
    public static async Task<AccessScope> ResolveUnitAsync(CoSoDbContext db, Guid unitId, CancellationToken ct = default) =>
        await ExpandAsync(db, await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).ToListAsync(ct), ct);

    private static async Task<AccessScope> ExpandAsync(CoSoDbContext db, List<OrgUnit> assigned, CancellationToken ct)
    {
        if (assigned.Count == 0)
        {
            return AccessScope.Nothing;
        }

        if (assigned.Any(u => u.Kind == OrgUnitKind.Nation))
        {
            return AccessScope.Everything;
        }

        var ids = new List<Guid>();
        foreach (var unit in assigned)
        {
            var path = unit.Path;
            ids.AddRange(await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct));
        }

        return new AccessScope(false, ids);
    }
}
