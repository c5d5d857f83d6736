using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// Postings as PractitionerRole: the worker, the unit (a village health worker's village is the Location, its station
/// the Organization), the period (active while it has not ended) and the worker's cadre as code.
/// </summary>
public sealed class PractitionerRoleHandler(FhirWorkforceQueries queries, IHttpContextAccessor http, TimeProvider time) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.PostingsAsync([g], [], [], [], null, 1, ct) : null;
        var row = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return FhirAnswer.NoPeople(ToFhir(row, VietnamClock.Today(time)));
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var page = await queries.PostingsAsync(
            search.Ids(),
            search.Values("practitioner").Select(v => FhirSearch.ReferenceIds(v, "Practitioner")).ToList(),
            search.Values("location").Select(v => FhirSearch.ReferenceIds(v, "Location")).ToList(),
            search.Values("organization").Select(v => FhirSearch.ReferenceIds(v, "Organization")).ToList(),
            search.PageCursor, search.Count, ct);
        var today = VietnamClock.Today(time);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(r => ToFhir(r, today)), page.Total, FhirSearch.CursorText(page.Next));
        return FhirAnswer.NoPeople(bundle, isSearch: true);
    }

    public static PractitionerRole ToFhir(PostingRow r, DateOnly today)
    {
        var (p, unit) = (r.Posting, r.Unit);
        var role = new PractitionerRole
        {
            Id = p.Id.ToString(),
            Active = p.Start <= today && (p.End is null || p.End >= today),
            Period = new Period { StartElement = FhirDates.Date(p.Start), EndElement = p.End is { } end ? FhirDates.Date(end) : null },
            Practitioner = new ResourceReference("Practitioner/" + p.StaffId),
            Code = [new CodeableConcept(FhirSystems.CoSoCadre, r.Staff.Cadre.ToString()) { Text = r.Staff.Position ?? r.Staff.Cadre.ToString() }],
        };
        var village = unit.Kind == OrgUnitKind.Village;
        if (!village)
        {
            role.Organization = new ResourceReference("Organization/" + unit.Id);
        }
        else if (unit.ParentId is { } station)
        {
            role.Organization = new ResourceReference("Organization/" + station);
        }

        if (FhirOrganizationQueries.LocationKinds.Contains(unit.Kind))
        {
            role.Location.Add(new ResourceReference("Location/" + unit.Id));
        }

        return role;
    }
}
