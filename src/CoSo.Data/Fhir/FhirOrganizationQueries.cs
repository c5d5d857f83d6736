using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>The org tree as FHIR Organizations (not villages) and Locations (stations, village posts, villages). Not personal data: unscoped.</summary>
public sealed class FhirOrganizationQueries(CoSoDbContext db)
{
    public async Task<KeysetPage<OrgUnit>> SearchAsync(IReadOnlyList<Guid> ids, IReadOnlyList<IReadOnlyList<string>> facilityCodes, IReadOnlyList<Guid> parents, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = db.OrgUnits.AsNoTracking().Where(u => u.Kind != OrgUnitKind.Village);
        if (ids.Count > 0)
        {
            var set = ids.ToArray();
            query = query.Where(u => set.Contains(u.Id));
        }

        foreach (var codes in facilityCodes)
        {
            var set = codes.ToArray();
            query = query.Where(u => u.BhytFacilityCode != null && set.Contains(u.BhytFacilityCode));
        }

        foreach (var parent in parents)
        {
            query = query.Where(u => u.ParentId == parent);
        }

        return await Keyset.ByIdAsync(query, u => u.Id, after, count, ct);
    }

    /// <summary>The kinds of unit that are places (FHIR Location): stations, village health posts, villages.</summary>
    public static IReadOnlyList<OrgUnitKind> LocationKinds { get; } = [OrgUnitKind.CommuneHealthStation, OrgUnitKind.VillageHealthPost, OrgUnitKind.Village];

    /// <summary>Locations: <paramref name="parents"/> (partof) and <paramref name="organizations"/> each AND-ed; an organization manages itself and its villages.</summary>
    public async Task<KeysetPage<OrgUnit>> LocationsAsync(IReadOnlyList<Guid> ids, IReadOnlyList<IReadOnlyList<Guid>> parents, IReadOnlyList<IReadOnlyList<Guid>> organizations, PageCursor? after, int count, CancellationToken ct = default)
    {
        var kinds = LocationKinds.ToArray();
        var query = db.OrgUnits.AsNoTracking().Where(u => kinds.Contains(u.Kind));
        if (ids.Count > 0)
        {
            var set = ids.ToArray();
            query = query.Where(u => set.Contains(u.Id));
        }

        foreach (var p in parents)
        {
            var set = p.ToArray();
            query = query.Where(u => u.ParentId != null && set.Contains(u.ParentId.Value));
        }

        foreach (var o in organizations)
        {
            var set = o.ToArray();
            query = query.Where(u => u.Kind == OrgUnitKind.Village ? u.ParentId != null && set.Contains(u.ParentId.Value) : set.Contains(u.Id));
        }

        return await Keyset.ByIdAsync(query, u => u.Id, after, count, ct);
    }

    /// <summary>Units by id (kind and parent, for references to them).</summary>
    public async Task<IReadOnlyDictionary<Guid, OrgUnit>> UnitsAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var set = ids.Distinct().ToArray();
        return await db.OrgUnits.AsNoTracking().Where(u => set.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
    }
}
