using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>Visits as Encounter (class AMB: a visit at a health unit), diagnoses as references to their Conditions.</summary>
public sealed class EncounterHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.EncountersAsync(new ClinicalCriteria { Ids = [g] }, null, 1, ct) : null;
        var e = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return new FhirAnswer(ToFhir(e), [(e.PersonId, e.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var page = await queries.EncountersAsync(await clinical.CriteriaAsync(search, ct), search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total,
            FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(e => (e.PersonId, e.ProvinceCode)), isSearch: true);
    }

    public static Encounter ToFhir(CoSoEncounter e)
    {
        var encounter = new Encounter
        {
            Id = e.Id.ToString(),
            Meta = new Meta { VersionId = e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), LastUpdated = e.UpdatedAt ?? e.CreatedAt },
            // A voided visit stays on the record, marked: entered-in-error.
            Status = e.Voided ? Encounter.EncounterStatus.EnteredInError : Encounter.EncounterStatus.Finished,
            Class = new Coding(FhirSystems.ActCode, "AMB", "ambulatory"),
            Subject = new ResourceReference("Patient/" + e.PersonId),
            Period = new Period { StartElement = FhirDates.Instant(e.OccurredAt) },
            ServiceProvider = new ResourceReference("Organization/" + e.FacilityId),
        };
        if (!string.IsNullOrWhiteSpace(e.Reason))
        {
            encounter.ReasonCode.Add(new CodeableConcept { Text = e.Reason });
        }

        foreach (var d in e.Diagnoses.OrderByDescending(d => d.IsMain))
        {
            encounter.Diagnosis.Add(new Encounter.DiagnosisComponent
            {
                Condition = new ResourceReference("Condition/" + d.Id),
                Rank = d.IsMain ? 1 : null,
            });
        }

        return encounter;
    }
}
