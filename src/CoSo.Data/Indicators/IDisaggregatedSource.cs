using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>
/// An indicator source that can also break its numerator and denominator down by the definition's disaggregations
/// (sex, age group). The engine stores the categories per station and rolls them up like the totals.
/// </summary>
public interface IDisaggregatedSource : IIndicatorSource
{
    /// <summary>Values per station and category key (<see cref="AgeBands"/>); a missing pair means 0/0.</summary>
    Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct);
}
