using CoSo.Core.Indicators;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// T1: managed residents whose BHYT card is valid on the last day of the period / managed residents; judged on the
/// population (the engine stores it beside the registry, <see cref="IndicatorDefinition.JudgedOnPopulation"/>).
/// </summary>
public sealed class BhytCoverageSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(PopulationFigure)];

    public IndicatorDefinition Definition => Targets2030.T1;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var date = period.End;
        var rows = await ManagedResidents.On(db, date, stationIds)
            .GroupBy(p => p.OrgUnitId)
            .Select(g => new
            {
                g.Key,
                Denominator = g.Count(),
                Numerator = g.Count(p => p.BhytNumber != null && p.BhytValidTo != null && p.BhytValidTo >= date && (p.BhytValidFrom == null || p.BhytValidFrom <= date)),
            })
            .ToListAsync(ct);
        return rows.Select(r => new UnitValue(r.Key, r.Numerator, r.Denominator)).ToList();
    }

    public Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var date = period.End;
        return Banded.CountAsync(Banded.Managed(db, date, stationIds, p => p.BhytNumber != null && p.BhytValidTo != null && p.BhytValidTo >= date && (p.BhytValidFrom == null || p.BhytValidFrom <= date)), date, ct);
    }
}
