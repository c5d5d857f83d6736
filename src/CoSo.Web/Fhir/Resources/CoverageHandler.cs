using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>A resident's BHYT card as Coverage (one card per resident, so the Coverage id is the resident's id).</summary>
public sealed class CoverageHandler(FhirPatientQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var person = (Guid.TryParse(id, out var g) ? await queries.FindAsync(g, ct) : null);
        if (person?.BhytNumber is null || person.MergedIntoId is not null)
        {
            throw new NotFoundException();
        }

        return new FhirAnswer(ToFhir(person), [(person.Id, person.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        // The Coverage id is the resident's: _id, patient and beneficiary all constrain it (AND).
        HashSet<Guid>? ids = null;
        foreach (var set in new[] { search.Ids(), search.References("patient", "Patient"), search.References("beneficiary", "Patient") }.Where(s => s.Count > 0))
        {
            ids = ids is null ? [.. set] : [.. ids.Intersect(set)];
        }

        var criteria = new PatientCriteria
        {
            Ids = ids is null ? [] : ids.Count == 0 ? [Guid.Empty] : [.. ids],
            // Coverage's identifier is the card: only the BHYT systems (or a bare value) name it.
            Identifiers = search.Values("identifier").Select(v => new IdentifierAlternatives([],
                FhirSearch.Tokens(v).Where(t => t.System is null || FhirSystems.Resolve(t.System) == IdentifierKind.Bhyt).Select(t => t.Code.ToUpperInvariant()).ToList())).ToList(),
        };
        var page = await queries.SearchCardsAsync(criteria, search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total,
            FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(p => (p.Id, p.ProvinceCode)), isSearch: true);
    }

    public static Coverage ToFhir(CoSo.Core.People.Person p)
    {
        var coverage = new Coverage
        {
            Id = p.Id.ToString(),
            Status = FinancialResourceStatusCodes.Active,
            Beneficiary = new ResourceReference("Patient/" + p.Id),
            Payor = [new ResourceReference { Display = "Bảo hiểm xã hội Việt Nam" }],
            Identifier = [new Identifier(FhirSystems.Of(IdentifierKind.Bhyt).System, p.BhytNumber)],
        };
        if (p.BhytValidFrom is not null || p.BhytValidTo is not null)
        {
            coverage.Period = new Period { Start = Date(p.BhytValidFrom), End = Date(p.BhytValidTo) };
        }

        return coverage;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
