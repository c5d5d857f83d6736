using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// The denominator of population indicators: residents managed by the stations on a date — not merged into another
/// record, not dead and not moved away on or before that date (a death or move without a date counts as before).
/// </summary>
public static class ManagedResidents
{
    public static IQueryable<Person> On(CoSoDbContext db, DateOnly date, IReadOnlyCollection<Guid> stationIds) =>
        db.Set<Person>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null)
            .Where(p => !p.IsDeceased || (p.DeceasedOn != null && p.DeceasedOn > date))
            .Where(p => !p.MovedAway || (p.MovedAwayOn != null && p.MovedAwayOn > date));

    /// <summary>The same condition for a scoped list (the list behind a figure): goes through the actor's filters.</summary>
    public static IQueryable<Person> Scoped(CoSoDbContext db, DateOnly date, Guid stationOrBelow) =>
        db.Set<Person>().AsNoTracking()
            .Where(p => p.OrgUnitId == stationOrBelow && p.MergedIntoId == null)
            .Where(p => !p.IsDeceased || (p.DeceasedOn != null && p.DeceasedOn > date))
            .Where(p => !p.MovedAway || (p.MovedAwayOn != null && p.MovedAwayOn > date));

    public static IQueryable<Person> WithValidCard(this IQueryable<Person> q, DateOnly date) =>
        q.Where(p => p.BhytNumber != null && p.BhytValidTo != null && p.BhytValidTo >= date && (p.BhytValidFrom == null || p.BhytValidFrom <= date));
}
