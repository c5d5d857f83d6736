using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>Visit diagnoses as Condition: category encounter-diagnosis, ICD-10 code with its Vietnamese name (QĐ 4469).</summary>
public sealed class ConditionHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.DiagnosesAsync(new ClinicalCriteria { Ids = [g] }, null, 1, ct) : null;
        if (page is null || page.Items.Count == 0)
        {
            throw new NotFoundException();
        }

        var (d, visit) = page.Items[0];
        return new FhirAnswer(ToFhir(d, visit), [(d.PersonId, d.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        // code: ICD-10 with its system or none; CoSo stores the dotted form (E11.9), as the FHIR ICD-10 system does.
        var page = await queries.DiagnosesAsync(await clinical.CriteriaAsync(search, ct, Codes(search)), search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(i => ToFhir(i.Item, i.Visit)), page.Total,
            FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(i => (i.Item.PersonId, i.Item.ProvinceCode)), isSearch: true);
    }

    /// <summary>The ICD-10 codes of <c>code</c> (with its system or none), dotted as CoSo stores them; null: no code asked.</summary>
    public static IReadOnlyList<string>? Codes(FhirSearch search)
    {
        var codeValues = search.Values("code").ToList();
        return codeValues.Count == 0 ? null : codeValues.SelectMany(FhirSearch.Tokens)
            .Where(t => t.System is null || t.System == FhirSystems.Icd10).Select(t => VisitRules.NormalizeIcd(t.Code)).ToList();
    }

    public static Condition ToFhir(EncounterDiagnosis d, Core.Encounters.Encounter visit)
    {
        var condition = new Condition
        {
            Id = d.Id.ToString(),
            // A diagnosis changes with its visit (a correction rewrites both): the visit's last change is its own.
            Meta = new Meta { LastUpdated = visit.UpdatedAt ?? visit.CreatedAt },
            Category = [new CodeableConcept(FhirSystems.ConditionCategory, "encounter-diagnosis", "Encounter Diagnosis")],
            Code = new CodeableConcept { Coding = [new Coding(FhirSystems.Icd10, d.Code, d.NameVi)], Text = d.NameVi },
            Subject = new ResourceReference("Patient/" + d.PersonId),
            Encounter = new ResourceReference("Encounter/" + d.EncounterId),
            RecordedDateElement = FhirDates.Instant(visit.OccurredAt),
        };
        // A visit diagnosis says what was found that day, not whether it is still active: clinicalStatus stays
        // absent (allowed for encounter-diagnosis); a voided visit's diagnosis is entered-in-error (con-5).
        if (visit.Voided)
        {
            condition.VerificationStatus = new CodeableConcept(FhirSystems.ConditionVerification, "entered-in-error");
        }

        return condition;
    }
}
