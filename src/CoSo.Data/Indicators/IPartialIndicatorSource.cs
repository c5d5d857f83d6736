using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>
/// A source whose stations may have no data of their own yet still belong in the denominator (T9: a station with no
/// approved criteria assessment counts as not passing). Such a station is stored "no data" with its value; a unit
/// above counts every station's value once at least one station below it has data, and is "no data" otherwise.
/// The engine calls <see cref="ComputePartialAsync"/> instead of <see cref="IIndicatorSource.ComputeAsync"/>.
/// </summary>
public interface IPartialIndicatorSource : IIndicatorSource
{
    Task<PartialValues> ComputePartialAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct);
}
