using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>Org units (not villages) as Organization, with the BHYT facility code and the parent as partOf.</summary>
public sealed class OrganizationHandler(FhirOrganizationQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.SearchAsync([g], [], [], null, 1, ct) : null;
        var unit = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return FhirAnswer.NoPeople(ToFhir(unit));
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var codes = search.Values("identifier").Select(v => (IReadOnlyList<string>)FhirSearch.Tokens(v)
            .Where(t => t.System is null || FhirSystems.Resolve(t.System) == IdentifierKind.FacilityCode).Select(t => t.Code).ToList()).ToList();
        var page = await queries.SearchAsync(search.Ids(), codes, search.References("partof", "Organization"), search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total,
            FhirSearch.CursorText(page.Next));
        return FhirAnswer.NoPeople(bundle, isSearch: true);
    }

    public static Organization ToFhir(OrgUnit u)
    {
        var org = new Organization { Id = u.Id.ToString(), Active = u.IsActive, Name = u.Name };
        if (u.BhytFacilityCode is { } code)
        {
            org.Identifier.Add(new Identifier(FhirSystems.Of(IdentifierKind.FacilityCode).System, code));
        }

        if (u.ParentId is { } parent)
        {
            org.PartOf = new ResourceReference("Organization/" + parent);
        }

        return org;
    }
}
