using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;
using CoSoEncounter = CoSo.Core.Encounters.Encounter;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A prescription line handed over from the station's stock as MedicationDispense (id = the line's, as its
/// MedicationRequest's): the drug, the quantity dispensed, the days supplied, when it was handed over (the first
/// dispensing movement of the stock ledger), the lots it came from, the prescription it fills and the station that
/// dispensed it. A line not dispensed (bought elsewhere, out of stock) has none; a voided visit's is entered-in-error.
/// </summary>
public sealed class MedicationDispenseHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.PrescriptionsAsync(new ClinicalCriteria { Ids = [g] }, [], null, 1, dispensedOnly: true, ct: ct) : null;
        var (line, visit) = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        var handovers = await queries.HandoversAsync([line.Id], ct);
        return new FhirAnswer(ToFhir(line, visit, handovers.GetValueOrDefault(line.Id)), [(line.PersonId, line.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var codeValues = search.Values("code").ToList();
        IReadOnlyList<string>? codes = codeValues.Count == 0 ? null : codeValues.SelectMany(FhirSearch.Tokens)
            .Where(t => t.System is null || t.System == FhirSystems.CoSoDrug).Select(t => t.Code).ToList();
        var criteria = await clinical.CriteriaAsync(search, ct, codes, dateParameter: "whenhandedover");
        var encounters = search.Values("context").Select(v => FhirSearch.ReferenceIds(v, "Encounter")).ToList();
        var prescriptions = search.Values("prescription").Select(v => FhirSearch.ReferenceIds(v, "MedicationRequest")).ToList();
        var page = await queries.PrescriptionsAsync(criteria, encounters, search.PageCursor, search.Count, dispensedOnly: true, lines: prescriptions, ct: ct);
        var handovers = await queries.HandoversAsync(page.Items.Select(i => i.Item.Id).ToList(), ct);
        var resources = page.Items.Select(i => ToFhir(i.Item, i.Visit, handovers.GetValueOrDefault(i.Item.Id)));
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, resources, page.Total, FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(i => (i.Item.PersonId, i.Item.ProvinceCode)), isSearch: true);
    }

    public static MedicationDispense ToFhir(PrescriptionLine p, CoSoEncounter visit, (DateTimeOffset HandedOver, IReadOnlyList<string> Lots) handover)
    {
        var request = MedicationRequestHandler.ToFhir(p, visit, visit.VisitDate);
        var dispense = new MedicationDispense
        {
            Id = p.Id.ToString(),
            Meta = new Meta { LastUpdated = visit.UpdatedAt ?? visit.CreatedAt },
            Status = visit.Voided ? MedicationDispense.MedicationDispenseStatusCodes.EnteredInError : MedicationDispense.MedicationDispenseStatusCodes.Completed,
            Medication = request.Medication,
            Subject = new ResourceReference("Patient/" + p.PersonId),
            Context = new ResourceReference("Encounter/" + p.EncounterId),
            AuthorizingPrescription = [new ResourceReference("MedicationRequest/" + p.Id)],
            Quantity = new Quantity { Value = p.DispensedQuantity, Unit = p.Unit },
            // Handed over as the stock ledger recorded it; a line dispensed before the ledger existed: the visit's time.
            WhenHandedOverElement = FhirDates.Instant(handover.HandedOver == default ? visit.OccurredAt : handover.HandedOver),
            DosageInstruction = request.DosageInstruction,
        };
        dispense.Performer.Add(new MedicationDispense.PerformerComponent { Actor = new ResourceReference("Organization/" + p.OrgUnitId) });
        if (p.Days > 0)
        {
            dispense.DaysSupply = new Quantity { Value = p.Days, Unit = "d", System = FhirSystems.Ucum, Code = "d" };
        }

        if (handover.Lots is { Count: > 0 } lots)
        {
            dispense.Note.Add(new Annotation { Text = new Markdown("Số lô / lot: " + string.Join(", ", lots)) });
        }

        return dispense;
    }
}
