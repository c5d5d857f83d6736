using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Data.Fhir;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>Doses as Immunization: CoSo's vaccine code plus CVX where one fits; primarySource false for a dose given elsewhere.</summary>
public sealed class ImmunizationHandler(FhirClinicalQueries queries, ClinicalSearch clinical, IHttpContextAccessor http) : IFhirResourceHandler
{
    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var page = Guid.TryParse(id, out var g) ? await queries.DosesAsync(new ClinicalCriteria { Ids = [g] }, null, 1, ct) : null;
        var dose = page?.Items is [var first, ..] ? first : throw new NotFoundException();
        return new FhirAnswer(ToFhir(dose), [(dose.PersonId, dose.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        var page = await queries.DosesAsync(await clinical.CriteriaAsync(search, ct), search.PageCursor, search.Count, ct);
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Items.Select(ToFhir), page.Total,
            FhirSearch.CursorText(page.Next));
        return new FhirAnswer(bundle, page.Items.Select(d => (d.PersonId, d.ProvinceCode)), isSearch: true);
    }

    public static Immunization ToFhir(ImmunizationDose d)
    {
        var vaccine = new CodeableConcept { Coding = [new Coding(FhirSystems.CoSoVaccine, d.Vaccine)], Text = d.Vaccine };
        if (FhirSystems.VaccineCvx.TryGetValue(d.Vaccine, out var cvx))
        {
            vaccine.Coding.Add(new Coding(FhirSystems.Cvx, cvx));
        }

        var immunization = new Immunization
        {
            Id = d.Id.ToString(),
            Meta = new Meta { LastUpdated = d.CreatedAt }, // doses are recorded, not edited
            Status = Immunization.ImmunizationStatusCodes.Completed,
            VaccineCode = vaccine,
            Patient = new ResourceReference("Patient/" + d.PersonId),
            Occurrence = FhirDates.Local(d.GivenOn, d.GivenTime),
            RecordedElement = FhirDates.Instant(d.CreatedAt),
            PrimarySource = d.Place == DosePlace.ThisStation,
            LotNumber = d.LotNumber,
        };
        // A dose given elsewhere names where, as the family told it (free text: no Location resource of CoSo's).
        // A dose given here has no place of its own (its row carries the managing station, which moves with the resident).
        if (d.Place == DosePlace.Elsewhere && !string.IsNullOrWhiteSpace(d.PlaceText))
        {
            immunization.Location = new ResourceReference { Display = d.PlaceText };
        }

        if (d.LotExpiry is { } expiry)
        {
            immunization.ExpirationDateElement = new Date(expiry.Year, expiry.Month, expiry.Day);
        }

        if (!string.IsNullOrWhiteSpace(d.Site))
        {
            immunization.Site = new CodeableConcept { Text = d.Site };
        }

        if (d.DoseNumber > 0)
        {
            immunization.ProtocolApplied.Add(new Immunization.ProtocolAppliedComponent { DoseNumber = new PositiveInt(d.DoseNumber) });
        }

        return immunization;
    }
}
