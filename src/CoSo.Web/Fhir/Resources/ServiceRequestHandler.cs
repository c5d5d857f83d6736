using CoSo.Core.Common;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A visit that ended in a referral (disposition Referred) as ServiceRequest: intent order, category "patient
/// referral" (SNOMED CT 3457005), requested by the station at the visit, the receiving facility as CoSo recorded it
/// (a name, not a coded facility: as performer display), the visit's diagnoses as reasons. Id = the visit's id.
/// </summary>
public sealed class ServiceRequestHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public const string Snomed = "http://snomed.info/sct";

    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.ReferralsAsync(new ClinicalCriteria { Ids = [g] }, null, 1, ct) : null;
        var e = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return new FhirAnswer(ToFhir(e), [(e.PersonId, e.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var page = await queries.ReferralsAsync(await clinical.CriteriaAsync(search, ct, dateParameter: "authored"), search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total, FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(e => (e.PersonId, e.ProvinceCode)), isSearch: true);
    }

    public static ServiceRequest ToFhir(CoSoEncounter e)
    {
        var request = new ServiceRequest
        {
            Id = e.Id.ToString(),
            Meta = new Meta { VersionId = e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), LastUpdated = e.UpdatedAt ?? e.CreatedAt },
            // CoSo records the referral, not what became of it: active until voided.
            Status = e.Voided ? RequestStatus.EnteredInError : RequestStatus.Active,
            Intent = RequestIntent.Order,
            Category = [new CodeableConcept(Snomed, "3457005", "Patient referral") { Text = "Chuyển tuyến / referral" }],
            Code = new CodeableConcept { Text = "Chuyển tuyến / referral" },
            Subject = new ResourceReference("Patient/" + e.PersonId),
            Encounter = new ResourceReference("Encounter/" + e.Id),
            AuthoredOnElement = FhirDates.Instant(e.OccurredAt),
            Requester = new ResourceReference("Organization/" + e.FacilityId),
        };
        if (!string.IsNullOrWhiteSpace(e.ReferredTo))
        {
            request.Performer.Add(new ResourceReference { Display = e.ReferredTo });
        }

        foreach (var d in e.Diagnoses.OrderByDescending(d => d.IsMain))
        {
            request.ReasonCode.Add(new CodeableConcept { Coding = [new Coding(FhirSystems.Icd10, d.Code, d.NameVi)], Text = d.NameVi });
            request.ReasonReference.Add(new ResourceReference("Condition/" + d.Id));
        }

        if (!string.IsNullOrWhiteSpace(e.Reason))
        {
            request.Note.Add(new Annotation { Text = new Markdown(e.Reason) });
        }

        return request;
    }
}
