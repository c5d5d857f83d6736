using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// Places of the org tree as Location: a station or village health post is a building (<c>bu</c>) managed by its own
/// Organization, a village an area (<c>area</c>) part of its station's Location and managed by the station.
/// </summary>
public sealed class LocationHandler(FhirOrganizationQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.LocationsAsync([g], [], [], null, 1, ct) : null;
        var unit = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return FhirAnswer.NoPeople(ToFhir(unit, await ParentIsLocationAsync([unit], ct)));
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var parents = search.Values("partof").Select(v => FhirSearch.ReferenceIds(v, "Location")).ToList();
        var organizations = search.Values("organization").Select(v => FhirSearch.ReferenceIds(v, "Organization")).ToList();
        var page = await queries.LocationsAsync(search.Ids(), parents, organizations, search.PageCursor, search.Count, ct);
        var located = await ParentIsLocationAsync(page.Items, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(u => ToFhir(u, located)), page.Total, FhirSearch.CursorText(page.Next));
        return FhirAnswer.NoPeople(bundle, isSearch: true);
    }

    /// <summary>The units whose parent is itself a Location (a village's station), so partOf names only what answers.</summary>
    private async Task<HashSet<Guid>> ParentIsLocationAsync(IEnumerable<OrgUnit> units, CancellationToken ct)
    {
        var parents = await queries.UnitsAsync(units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value), ct);
        return parents.Values.Where(p => FhirOrganizationQueries.LocationKinds.Contains(p.Kind)).Select(p => p.Id).ToHashSet();
    }

    public static Location ToFhir(OrgUnit u, IReadOnlySet<Guid> locatedParents)
    {
        var village = u.Kind == OrgUnitKind.Village;
        var location = new Location
        {
            Id = u.Id.ToString(),
            Status = u.IsActive ? Location.LocationStatus.Active : Location.LocationStatus.Inactive,
            Name = u.Name,
            Mode = Location.LocationMode.Instance,
            PhysicalType = village ? new CodeableConcept(FhirSystems.LocationPhysicalType, "area", "Area") : new CodeableConcept(FhirSystems.LocationPhysicalType, "bu", "Building"),
            Address = new Address { Country = "VN" },
            Alias = [u.Code],
        };
        // A village is managed by its station (its parent); a station or village post by its own Organization.
        var manager = village ? u.ParentId : u.Id;
        if (manager is { } m)
        {
            location.ManagingOrganization = new ResourceReference("Organization/" + m);
        }

        if (u.ParentId is { } parent && locatedParents.Contains(parent))
        {
            location.PartOf = new ResourceReference("Location/" + parent);
        }

        return location;
    }
}
