using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>Patient read and search over <see cref="FhirPatientQueries"/> (scoped; another station's resident is not found).</summary>
public sealed class PatientHandler(FhirPatientQueries queries, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var person = (Guid.TryParse(id, out var g) ? await queries.FindAsync(g, ct) : null) ?? throw new NotFoundException();
        return new FhirAnswer(PatientMapper.ToFhir(person), [(person.Id, person.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var criteria = Criteria(search);
        var page = await queries.SearchAsync(criteria, search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(PatientMapper.ToFhir), page.Total,
            FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(p => (p.Id, p.ProvinceCode)), isSearch: true);
    }

    public static PatientCriteria Criteria(FhirSearch search) => new()
    {
        Ids = search.Ids(),
        Identifiers = search.Values("identifier").Select(Identifiers).ToList(),
        Names = Folded(search, "name"),
        Families = Folded(search, "family"),
        Givens = Folded(search, "given"),
        BirthDates = search.Values("birthdate").Select(v => FhirSearch.Date("birthdate", v)).ToList(),
        Sexes = search.Values("gender").Select(v => (IReadOnlyList<Sex>)FhirSearch.Tokens(v).SelectMany(t => t.Code switch
        {
            "male" => [Sex.Male],
            "female" => [Sex.Female],
            _ => Array.Empty<Sex>(), // other / unknown: CoSo records neither
        }).ToList()).ToList(),
        ManagingUnits = search.References("organization", "Organization"),
        LastUpdated = search.LastUpdated(),
        Sort = search.Sort,
        // CoSo stores phones as digits ("0912345678"): spaces, dots and dashes typed in the value are dropped.
        Phones = search.Values("phone").Select(v => (IReadOnlyList<string>)FhirSearch.Tokens(v)
            .Select(t => new string(t.Code.Where(char.IsAsciiDigit).ToArray())).Where(d => d.Length > 0).ToList()).ToList(),
    };

    /// <summary>
    /// One identifier parameter: each alternative by its system (the emitted URI or an alias) — CCCD or BHYT card —,
    /// a bare value as either; a system CoSo does not hold, or "|value" (explicitly no system), matches nothing.
    /// </summary>
    public static IdentifierAlternatives Identifiers(string value)
    {
        var cccds = new List<string>();
        var cards = new List<string>();
        foreach (var (system, code) in FhirSearch.Tokens(value))
        {
            var kind = system is null ? null : FhirSystems.Resolve(system);
            if (system is null || kind == IdentifierKind.Cccd)
            {
                cccds.Add(code);
            }

            if (system is null || kind == IdentifierKind.Bhyt)
            {
                cards.Add(code.ToUpperInvariant());
            }
        }

        return new IdentifierAlternatives(cccds, cards);
    }

    private static List<string> Folded(FhirSearch search, string name) =>
        search.Values(name).Select(TextFolding.Fold).Where(v => v.Length > 0).ToList();
}
