using CoSo.Core.Indicators;
using CoSo.Core.People;

namespace CoSo.Data.Indicators;

/// <summary>
/// An indicator whose numerator and denominator are residents that can be listed (the "list behind each figure" of a
/// programme report). <see cref="IndicatorQuery.ResidentsAsync"/> pages the list; the query is read through the actor's
/// scope filters (no IgnoreQueryFilters), so a user never sees a resident outside their scope even when the figure
/// of a unit above them includes them.
/// </summary>
public interface IResidentListSource
{
    /// <summary>The residents behind the numerator (<paramref name="numerator"/> true) or the denominator of the stations for the period.</summary>
    Task<IQueryable<Person>> ResidentsAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, bool numerator, CancellationToken ct);
}
