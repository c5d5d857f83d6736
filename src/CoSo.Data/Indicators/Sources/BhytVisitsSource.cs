using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>T2: visits that took place at the station in the period and were paid by BHYT / all visits at the station in the period.</summary>
public sealed class BhytVisitsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Encounter)];

    public IndicatorDefinition Definition => Targets2030.T2;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var rows = await db.Set<Encounter>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(e => !e.Voided && stationIds.Contains(e.FacilityId) && e.VisitDate >= from && e.VisitDate <= to)
            .GroupBy(e => e.FacilityId)
            .Select(g => new { g.Key, Denominator = g.Count(), Numerator = g.Count(e => e.BhytCovered) })
            .ToListAsync(ct);
        return rows.Select(r => new UnitValue(r.Key, r.Numerator, r.Denominator)).ToList();
    }
}
