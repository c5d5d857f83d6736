using CoSo.Core.Chronic;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>One member of a FHIR Group: the resident and, for a registry, the day they were registered.</summary>
public sealed record GroupMember(Guid PersonId, string ProvinceCode, DateOnly? Since);

/// <summary>
/// Households and the chronic registries of a station for FHIR Group.
/// Through the scoped context: a household or enrolment of another station is not there; a station's registry exists
/// only for a station in the user's scope.
/// </summary>
public sealed class FhirGroupQueries(CoSoDbContext db)
{
    public Task<Household?> HouseholdAsync(Guid id, CancellationToken ct = default) =>
        db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);

    /// <summary>The residents of a household (merged-away records left out), in id order.</summary>
    public async Task<IReadOnlyList<GroupMember>> HouseholdMembersAsync(Guid householdId, CancellationToken ct = default) =>
        await db.People.AsNoTracking().Where(p => p.HouseholdId == householdId && p.MergedIntoId == null).OrderBy(p => p.Id)
            .Select(p => new GroupMember(p.Id, p.ProvinceCode, null)).ToListAsync(ct);

    /// <summary>The households of these residents.</summary>
    public async Task<IReadOnlyList<Guid>> HouseholdsOfAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var set = people.ToArray();
        return await db.People.AsNoTracking().Where(p => set.Contains(p.Id) && p.HouseholdId != null).Select(p => p.HouseholdId!.Value).Distinct().ToListAsync(ct);
    }

    /// <summary>A commune station in the user's scope, or null.</summary>
    public async Task<OrgUnit?> StationAsync(Guid id, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.Kind == OrgUnitKind.CommuneHealthStation, ct);
        return unit is not null && db.Actor.Scope.Allows(unit.Id) ? unit : null;
    }

    /// <summary>The residents of a station and the units under it (its villages) that the user sees, merged-away records left out.</summary>
    public async Task<int> StationResidentCountAsync(OrgUnit station, CancellationToken ct = default)
    {
        var path = station.Path;
        var units = db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(path)).Select(u => u.Id);
        return await db.People.AsNoTracking().CountAsync(p => p.MergedIntoId == null && units.Contains(p.OrgUnitId), ct);
    }

    /// <summary>The residents under active management in a station's registry, in id order.</summary>
    public async Task<IReadOnlyList<GroupMember>> RegistryMembersAsync(Guid stationId, ChronicProgramme programme, CancellationToken ct = default) =>
        await db.Set<ChronicEnrolment>().AsNoTracking().Where(e => e.OrgUnitId == stationId && e.Programme == programme && e.Status == EnrolmentStatus.Active)
            .OrderBy(e => e.PersonId).Select(e => new GroupMember(e.PersonId, e.ProvinceCode, e.RegisteredOn)).ToListAsync(ct);

    /// <summary>The registries (station, programme) these residents are actively managed in.</summary>
    public async Task<IReadOnlyList<(Guid Station, ChronicProgramme Programme)>> RegistriesOfAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var set = people.ToArray();
        var rows = await db.Set<ChronicEnrolment>().AsNoTracking().Where(e => set.Contains(e.PersonId) && e.Status == EnrolmentStatus.Active)
            .Select(e => new { e.OrgUnitId, e.Programme }).Distinct().ToListAsync(ct);
        return rows.Select(r => (r.OrgUnitId, r.Programme)).ToList();
    }
}
