using CoSo.Data.Fhir;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// The search parameters clinical resources share: <c>_id</c>, <c>patient</c>/<c>subject</c> (by id, or chained by the
/// resident's identifier), <c>date</c>. Each occurrence is AND-ed, comma alternatives inside one are OR-ed.
/// </summary>
public sealed class ClinicalSearch(FhirPatientQueries patients)
{
    public async Task<ClinicalCriteria> CriteriaAsync(FhirSearch search, CancellationToken ct, IReadOnlyList<string>? codes = null, bool ids = true, string dateParameter = "date")
    {
        var sets = new List<IReadOnlyList<Guid>>();
        foreach (var name in new[] { "patient", "subject" })
        {
            sets.AddRange(search.Values(name).Select(v => FhirSearch.ReferenceIds(v, "Patient")));
            foreach (var value in search.ChainedValues(name, "identifier"))
            {
                // The residents in the user's scope holding the identifier (a CCCD is unique: one at most in practice).
                var holders = await patients.SearchAsync(new PatientCriteria { Identifiers = [PatientHandler.Identifiers(value)] }, null, FhirSearch.MaxCount, ct);
                sets.Add(holders.Items.Count == 0 ? [Guid.Empty] : holders.Items.Select(p => p.Id).ToList());
            }
        }

        return new ClinicalCriteria
        {
            Ids = ids ? search.Ids() : [],
            Patients = sets,
            Codes = codes,
            Dates = search.Values(dateParameter).Select(v => FhirSearch.Date(dateParameter, v)).ToList(),
            LastUpdated = search.LastUpdated(),
            Sort = search.Sort,
        };
    }
}
