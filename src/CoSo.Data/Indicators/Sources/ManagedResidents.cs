using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// The denominator of population indicators: residents managed by the stations on a date — not merged into another
/// record, not dead and not moved away on or before that date (a death or move without a date counts as before).
/// </summary>
public static class ManagedResidents
{
    public static IQueryable<Person> On(CoSoDbContext db, DateOnly date, IReadOnlyCollection<Guid> stationIds) =>
        db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null)
            .Where(p => !p.IsDeceased || (p.DeceasedOn != null && p.DeceasedOn > date))
            .Where(p => !p.MovedAway || (p.MovedAwayOn != null && p.MovedAwayOn > date));

    /// <summary>The same condition for a scoped list (the list behind a figure): goes through the actor's filters.</summary>
    public static IQueryable<Person> Scoped(CoSoDbContext db, DateOnly date, Guid stationOrBelow) =>
        db.Set<Person>().AsNoTracking()
            .Where(p => p.OrgUnitId == stationOrBelow && p.MergedIntoId == null)
            .Where(p => !p.IsDeceased || (p.DeceasedOn != null && p.DeceasedOn > date))
            .Where(p => !p.MovedAway || (p.MovedAwayOn != null && p.MovedAwayOn > date));

    /// <summary>
    /// T3's "under health management" (docs/indicators.md): the record's administrative part (CoSo's registration
    /// requires name, sex, birth year and station) plus, by <paramref name="date"/>, a history entry in a health-record
    /// version (personal, surgical or family history, chronic conditions, allergies, tobacco or physical activity
    /// recorded) or a health examination (a visit, not voided, with a BP or a weight). An empty record version does
    /// not count. The subqueries take the outer query's filters: the indicator engine's query already ignores the
    /// actor's scope (<see cref="On"/>), the drill-down list (<see cref="Scoped"/>) keeps it — an IgnoreQueryFilters
    /// here would switch the filters off for the whole list.
    /// </summary>
    public static IQueryable<Person> UnderHealthManagement(this IQueryable<Person> q, CoSoDbContext db, DateOnly date) =>
        q.Where(p =>
            db.Set<Core.Records.HealthRecordVersion>().Any(r => r.ProvinceCode == p.ProvinceCode && r.PersonId == p.Id
                && (r.MedicalHistory != null || r.SurgicalHistory != null || r.FamilyHistory != null || r.ChronicConditionCodes != null
                    || r.AllergyDrugs != null || r.AllergyFood != null || r.AllergyOther != null || r.FamilyHypertension || r.FamilyDiabetes
                    || r.Tobacco != Core.Records.RiskLevel.Unknown || r.PhysicallyActive != null))
            || db.Set<Core.Encounters.Encounter>().Any(v => v.ProvinceCode == p.ProvinceCode && v.PersonId == p.Id && !v.Voided
                && v.VisitDate <= date && (v.Systolic != null || v.WeightKg != null)));

    public static IQueryable<Person> WithValidCard(this IQueryable<Person> q, DateOnly date) =>
        q.Where(p => p.BhytNumber != null && p.BhytValidTo != null && p.BhytValidTo >= date && (p.BhytValidFrom == null || p.BhytValidFrom <= date));
}
