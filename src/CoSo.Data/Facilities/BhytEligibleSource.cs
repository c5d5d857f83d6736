using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using IndicatorDefinition = CoSo.Core.Indicators.IndicatorDefinition;

namespace CoSo.Data.Facilities;

/// <summary>
/// T8: a station counts 1/1 when its facility record says it is eligible for BHYT primary care and the contract is in
/// force on the period's end date (<see cref="StationFacility.BhytInForceOn"/>: start ≤ date ≤ end, open end = in
/// force), else 0/1 (also when the station has no facility record). The record is the version in force on that date
/// (<see cref="FacilityHistory"/>).
/// </summary>
public sealed class BhytEligibleSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StationFacility), typeof(StationFacilityVersion)];

    public IndicatorDefinition Definition { get; } = Targets2030.T8 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var facilities = await FacilityHistory.AsOfAsync(db, ids, period.End, ct);
        return ids.Select(s => new UnitValue(s, facilities.GetValueOrDefault(s)?.BhytInForceOn(period.End) == true ? 1 : 0, 1)).ToList();
    }
}
