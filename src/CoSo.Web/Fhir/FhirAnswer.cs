using CoSo.Data.People;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>
/// A FHIR response and the residents it shows: written as <c>application/fhir+json</c>, and seen by
/// <c>PersonAuditFilter</c> as the residents it carries (a search audited as a search), so FHIR reads land in the same
/// <c>audit_reads</c> trail as <c>/api/v1</c>.
/// </summary>
public sealed class FhirAnswer(Resource resource, IEnumerable<(Guid PersonId, string ProvinceCode)> people, bool isSearch = false, int status = StatusCodes.Status200OK) : IResult, IPersonReference
{
    private readonly List<(Guid PersonId, string ProvinceCode)> _people = people.Distinct().ToList();

    public Resource Resource { get; } = resource;

    public int Status { get; } = status;

    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => _people;

    public bool IsSearch { get; } = isSearch;

    /// <summary>Location header (a create).</summary>
    public string? Location { get; init; }

    public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
    {
        if (Resource.Meta?.VersionId is { } version)
        {
            httpContext.Response.Headers.ETag = $"W/\"{version}\"";
        }

        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        await FhirJson.WriteAsync(httpContext.Response, Resource, Status);
    }

    public static FhirAnswer NoPeople(Resource resource, bool isSearch = false) => new(resource, [], isSearch);
}
