using CoSo.Data.Fhir;
using CoSo.Web.Fhir.Resources;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>
/// <c>_include</c> and <c>_revinclude</c> (one level) for the pairs the registry declares: the Patients a page's matches
/// refer to (<c>Encounter:patient</c>, <c>Observation:subject</c>, …) and the BHYT cards of a page of Patients
/// (<c>Coverage:beneficiary</c>). Included resources come through the scoped queries (a match's resident is in scope,
/// so is what is included), carry <c>search.mode = include</c>, are not counted in <c>total</c>, and are residents the
/// answer already names, so the read audit of the page covers them.
/// </summary>
public sealed class FhirIncludes(FhirPatientQueries patients)
{
    public async Task<FhirAnswer> AddAsync(HttpRequest request, FhirSearch search, FhirAnswer answer, CancellationToken ct)
    {
        if ((search.Includes.Count == 0 && search.RevIncludes.Count == 0) || answer.Resource is not Bundle bundle)
        {
            return answer;
        }

        var ids = answer.People.Select(p => p.PersonId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return answer;
        }

        var people = await patients.ByIdsAsync(ids, ct);
        var baseUrl = FhirJson.Base(request);
        if (search.Includes.Count > 0)
        {
            foreach (var p in people)
            {
                Add(bundle, baseUrl, PatientMapper.ToFhir(p));
            }
        }

        if (search.RevIncludes.Count > 0)
        {
            // Coverage reads the same way: a card of a resident not merged away (CoverageHandler).
            foreach (var p in people.Where(p => p.BhytNumber is not null && p.MergedIntoId is null))
            {
                Add(bundle, baseUrl, CoverageHandler.ToFhir(p));
            }
        }

        return answer;
    }

    private static void Add(Bundle bundle, string baseUrl, Resource resource) => bundle.Entry.Add(new Bundle.EntryComponent
    {
        FullUrl = $"{baseUrl}/{resource.TypeName}/{resource.Id}",
        Resource = resource,
        Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Include },
    });
}
