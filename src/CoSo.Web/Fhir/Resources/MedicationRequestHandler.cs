using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A visit's prescription lines as MedicationRequest (intent order): the formulary drug (<c>urn:coso:drug</c>) and its
/// name and strength, the dose as written with its structured take and times a day, the quantity and days supplied.
/// Active while the course runs (the visit's day plus its days), then completed; a voided visit's are entered-in-error.
/// </summary>
public sealed class MedicationRequestHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http, TimeProvider time) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.PrescriptionsAsync(new ClinicalCriteria { Ids = [g] }, [], null, 1, ct: ct) : null;
        var (line, visit) = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return new FhirAnswer(ToFhir(line, visit, VietnamClock.Today(time)), [(line.PersonId, line.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var codeValues = search.Values("code").ToList();
        IReadOnlyList<string>? codes = codeValues.Count == 0 ? null : codeValues.SelectMany(FhirSearch.Tokens)
            .Where(t => t.System is null || t.System == FhirSystems.CoSoDrug).Select(t => t.Code).ToList();
        var criteria = await clinical.CriteriaAsync(search, ct, codes, dateParameter: "authoredon");
        var encounters = search.Values("encounter").Select(v => FhirSearch.ReferenceIds(v, "Encounter")).ToList();
        var page = await queries.PrescriptionsAsync(criteria, encounters, search.PageCursor, search.Count, ct: ct);
        var today = VietnamClock.Today(time);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(i => ToFhir(i.Item, i.Visit, today)), page.Total, FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(i => (i.Item.PersonId, i.Item.ProvinceCode)), isSearch: true);
    }

    public static MedicationRequest ToFhir(PrescriptionLine p, CoSoEncounter visit, DateOnly today)
    {
        var name = p.Strength is { Length: > 0 } strength ? $"{p.Drug} {strength}" : p.Drug;
        var medication = new CodeableConcept { Text = name };
        if (p.DrugCode is { } code)
        {
            medication.Coding.Add(new Coding(FhirSystems.CoSoDrug, code, name));
        }

        // The course runs from the visit's day for its days (day 1 = the visit's day).
        var status = visit.Voided ? MedicationRequest.MedicationrequestStatus.EnteredInError
            : p.Days > 0 && visit.VisitDate.AddDays(p.Days - 1) >= today ? MedicationRequest.MedicationrequestStatus.Active
            : MedicationRequest.MedicationrequestStatus.Completed;
        var request = new MedicationRequest
        {
            Id = p.Id.ToString(),
            Meta = new Meta { LastUpdated = visit.UpdatedAt ?? visit.CreatedAt },
            Status = status,
            Intent = MedicationRequest.MedicationRequestIntent.Order,
            Medication = medication,
            Subject = new ResourceReference("Patient/" + p.PersonId),
            Encounter = new ResourceReference("Encounter/" + p.EncounterId),
            AuthoredOnElement = FhirDates.Instant(visit.OccurredAt),
        };
        var dosage = new Dosage { Text = p.Dose };
        if (p.TimesPerDay is { } times && times > 0)
        {
            dosage.Timing = new Timing { Repeat = new Timing.RepeatComponent { Frequency = times, Period = 1, PeriodUnit = Timing.UnitsOfTime.D } };
        }

        if (p.DosePerTake is { } take && take > 0)
        {
            dosage.DoseAndRate.Add(new Dosage.DoseAndRateComponent { Dose = new Quantity { Value = take, Unit = p.Unit } });
        }

        if (dosage.Text is not null || dosage.Timing is not null || dosage.DoseAndRate.Count > 0)
        {
            request.DosageInstruction.Add(dosage);
        }

        request.DispenseRequest = new MedicationRequest.DispenseRequestComponent
        {
            Quantity = new Quantity { Value = p.Quantity, Unit = p.Unit },
        };
        if (p.Days > 0)
        {
            request.DispenseRequest.ExpectedSupplyDuration = new Duration { Value = p.Days, Unit = "d", System = FhirSystems.Ucum, Code = "d" };
        }

        if (p.BhytCovered)
        {
            request.Note.Add(new Annotation { Text = new Markdown("Thuốc trong danh mục BHYT / on the BHYT drug list") });
        }

        return request;
    }
}
