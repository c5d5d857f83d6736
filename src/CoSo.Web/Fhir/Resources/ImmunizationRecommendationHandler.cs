using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Data.Fhir;
using CoSo.Data.Immunization;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>
/// A child's immunization forecast, computed on read by CoSo's schedule engine (<see cref="ScheduleEngine"/>, the
/// same evaluation as the immunization card of <c>/api/v1</c>) for today: one recommendation per dose of the schedule,
/// with its recommended, earliest and overdue dates. Id = the resident's id; only children of the immunization
/// register's age (under <see cref="PersonDoses.RegisterAgeLimitYears"/> years, with a birth date) have one.
/// </summary>
public sealed class ImmunizationRecommendationHandler(DoseService doses, ClinicalSearch clinical, IHttpContextAccessor http, TimeProvider time) : IFhirResourceHandler
{
    public const string Loinc = FhirSystems.Loinc;

    /// <summary>R4 forecast status codes (immunization-recommendation-status) and CoSo's for a dose not yet due.</summary>
    public const string ForecastStatus = "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status";

    public const string CoSoDoseStatus = "urn:coso:dose-status";

    public async Task<FhirAnswer> ReadAsync(string id, CancellationToken ct)
    {
        var card = Guid.TryParse(id, out var g) ? await doses.ListAsync(g, ct) : throw new NotFoundException();
        var recommendation = ToFhir(card, VietnamClock.Today(time)) ?? throw new NotFoundException();
        return new FhirAnswer(recommendation, [(card.PersonId, card.ProvinceCode)]);
    }

    public async Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct)
    {
        // Computed per resident, so the residents must be named: _id and patient (by id or identifier), AND-ed.
        var criteria = await clinical.CriteriaAsync(search, ct);
        var sets = criteria.Patients.ToList();
        if (criteria.Ids.Count > 0)
        {
            sets.Add(criteria.Ids);
        }

        if (sets.Count == 0)
        {
            throw new DomainValidationException("patient", "fhir.patientRequired", search.Resource.Type);
        }

        IEnumerable<Guid> people = sets[0];
        foreach (var set in sets.Skip(1))
        {
            people = people.Intersect(set);
        }

        var after = search.PageCursor?.Id;
        var today = VietnamClock.Today(time);
        var found = new List<(PersonDoses Card, ImmunizationRecommendation Resource)>();
        foreach (var person in people.Where(p => p != Guid.Empty).Distinct().Order().Take(FhirSearch.MaxCount))
        {
            try
            {
                var card = await doses.ListAsync(person, ct);
                if (ToFhir(card, today) is { } r)
                {
                    found.Add((card, r));
                }
            }
            catch (NotFoundException)
            {
                // Not a resident in the user's scope: absent, as from every search.
            }
        }

        var page = found.Where(f => after is null || f.Card.PersonId > after).Take(search.Count).ToList();
        var more = search.Count > 0 && found.Count(f => after is null || f.Card.PersonId > after) > page.Count;
        var bundle = FhirBundles.SearchSet(http.HttpContext!.Request, search, page.Select(p => p.Resource), found.Count, more ? page[^1].Card.PersonId.ToString() : null);
        return new FhirAnswer(bundle, page.Select(p => (p.Card.PersonId, p.Card.ProvinceCode)), isSearch: true);
    }

    /// <summary>The forecast, or null for a resident without one (no birth date, past the register's age, nothing in the schedule).</summary>
    public static ImmunizationRecommendation? ToFhir(PersonDoses card, DateOnly today)
    {
        if (card.BirthDate is not { } birth || birth <= today.AddYears(-PersonDoses.RegisterAgeLimitYears))
        {
            return null;
        }

        var recommendation = new ImmunizationRecommendation
        {
            Id = card.PersonId.ToString(),
            Patient = new ResourceReference("Patient/" + card.PersonId),
            DateElement = FhirDates.Date(today),
        };
        foreach (var e in card.Schedule)
        {
            var status = e.Status switch
            {
                DoseStatus.Given => new CodeableConcept(ForecastStatus, "complete", "Complete"),
                DoseStatus.Due => new CodeableConcept(ForecastStatus, "due", "Due"),
                DoseStatus.Overdue => new CodeableConcept(ForecastStatus, "overdue", "Overdue"),
                DoseStatus.Upcoming => new CodeableConcept(CoSoDoseStatus, "upcoming", "Not yet due"),
                _ => null, // an invalid dose given (its slot is listed again as needed) or a dose outside the child's schedule
            };
            if (status is null)
            {
                continue;
            }

            var vaccine = new CodeableConcept { Coding = [new Coding(FhirSystems.CoSoVaccine, e.Vaccine)], Text = e.Vaccine };
            if (FhirSystems.VaccineCvx.TryGetValue(e.Vaccine, out var cvx))
            {
                vaccine.Coding.Add(new Coding(FhirSystems.Cvx, cvx));
            }

            var item = new ImmunizationRecommendation.RecommendationComponent
            {
                VaccineCode = [vaccine],
                ForecastStatus = status,
                DoseNumber = new PositiveInt(e.Dose),
            };
            if (e.Status != DoseStatus.Given)
            {
                if (e.RecommendedDate is { } due)
                {
                    item.DateCriterion.Add(Criterion("30980-7", "Date vaccine due", due));
                    item.DateCriterion.Add(Criterion("59778-1", "Date when overdue for immunization", due.AddDays(ScheduleEngine.OverdueAfterDays)));
                }

                if (e.EarliestDate is { } earliest)
                {
                    item.DateCriterion.Add(Criterion("30981-5", "Earliest date to give", earliest));
                }
            }

            recommendation.Recommendation.Add(item);
        }

        return recommendation.Recommendation.Count == 0 ? null : recommendation;
    }

    private static ImmunizationRecommendation.DateCriterionComponent Criterion(string code, string display, DateOnly date) =>
        new() { Code = new CodeableConcept(Loinc, code, display), ValueElement = FhirDates.Date(date) };
}
