using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Core.Records;
using CoSo.Data.Indicators;

namespace CoSo.Data.Chronic;

/// <summary>
/// T4 of the 2030 targets: high-risk people (the rules of data/chronic/protocols.json) checked — BP and glucose —
/// at least once in the 12 months up to the period's end, per station. Same rules and facts as the high-risk list
/// page, computed for all the stations of the run together (a few set-based statements per period, not per station).
/// </summary>
public sealed class HighRiskCheckedSource(ChronicOptions options, TimeProvider time) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(HealthRecordVersion), typeof(Encounter), typeof(ChronicEnrolment)];

    public IndicatorDefinition Definition { get; } = Targets2030.T4 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var counts = await new HighRiskService(db, time, options).CountByStationAsync(stationIds, period.End, ct);
        return stationIds.Select(s => new UnitValue(s, counts[s].Checked, counts[s].HighRisk)).ToList();
    }
}
