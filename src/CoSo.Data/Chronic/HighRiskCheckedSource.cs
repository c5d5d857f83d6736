using CoSo.Core.Indicators;
using CoSo.Data.Indicators;

namespace CoSo.Data.Chronic;

/// <summary>
/// T4 of the 2030 targets: high-risk people (the rules of data/chronic/protocols.json) checked — BP and glucose —
/// at least once in the 12 months up to the period's end, per station. Same computation as the high-risk list page.
/// </summary>
public sealed class HighRiskCheckedSource(ChronicOptions options, TimeProvider time) : IIndicatorSource
{
    public IndicatorDefinition Definition { get; } = Targets2030.T4 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var service = new HighRiskService(db, time, options);
        var values = new List<UnitValue>(stationIds.Count);
        foreach (var station in stationIds)
        {
            var t4 = (await service.ComputeAsync(station, period.End, aggregate: true, ct)).T4;
            values.Add(new UnitValue(station, t4.Numerator, t4.Denominator));
        }

        return values;
    }
}
