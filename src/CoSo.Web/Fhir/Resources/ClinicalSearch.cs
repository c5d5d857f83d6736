using CoSo.Data.Fhir;

namespace CoSo.Web.Fhir.Resources;

/// <summary>The search parameters clinical resources share: _id and patient/subject (each occurrence AND-ed).</summary>
public static class ClinicalSearch
{
    public static ClinicalCriteria Criteria(FhirSearch search, IReadOnlyList<string>? codes = null)
    {
        var patients = new List<Guid>();
        foreach (var name in new[] { "patient", "subject" })
        {
            foreach (var value in search.Values(name))
            {
                // Alternatives inside one value (a,b) are not supported for references: the first is taken.
                patients.Add(FhirSearch.ReferenceIds(value, "Patient") is [var first, ..] ? first : Guid.Empty);
            }
        }

        return new ClinicalCriteria { Ids = search.Ids(), Patients = patients, Codes = codes };
    }
}
