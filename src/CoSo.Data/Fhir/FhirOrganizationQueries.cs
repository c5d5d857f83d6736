using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>The org tree as FHIR Organizations (villages are Locations, not served yet). Not personal data: unscoped.</summary>
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
}
