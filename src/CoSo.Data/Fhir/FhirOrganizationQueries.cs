using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>The org tree as FHIR Organizations (villages are Locations, not served yet). Not personal data: unscoped.</summary>
public sealed class FhirOrganizationQueries(CoSoDbContext db)
{
    public async Task<KeysetPage<OrgUnit>> SearchAsync(IReadOnlyList<Guid> ids, IReadOnlyList<IReadOnlyList<string>> facilityCodes, IReadOnlyList<Guid> parents, Guid? after, int count, CancellationToken ct = default)
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

        var total = await query.CountAsync(ct);
        if (after is { } a)
        {
            query = query.Where(u => u.Id > a);
        }

        var rows = count == 0 ? [] : await query.OrderBy(u => u.Id).Take(count + 1).ToListAsync(ct);
        return new KeysetPage<OrgUnit>(rows.Take(count).ToList(), rows.Count > count || (count == 0 && total > 0), total);
    }
}
