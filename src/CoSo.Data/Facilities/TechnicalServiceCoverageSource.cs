using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using IndicatorDefinition = CoSo.Core.Indicators.IndicatorDefinition;
using Microsoft.EntityFrameworkCore;
using CoSo.Data.Access;

namespace CoSo.Data.Facilities;

/// <summary>
/// T10: a station counts 1/1 when the services it performs since a date on or before the period's end cover ≥ 90 % of
/// the commune-level list (<see cref="ServiceCoverage"/>; codes not in the list are ignored), else 0/1.
/// </summary>
public sealed class TechnicalServiceCoverageSource(TechnicalServiceCatalogue catalogue) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StationService)];

    public IndicatorDefinition Definition { get; } = Targets2030.T10 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var date = period.End;
        var ids = stationIds.ToList();
        var rows = (await db.Set<StationService>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(s => ids.Contains(s.OrgUnitId) && s.Since <= date)
            .Select(s => new { s.OrgUnitId, s.ServiceCode }).ToListAsync(ct)).ToLookup(s => s.OrgUnitId, s => s.ServiceCode);
        var list = catalogue.All.ToList();
        return ids.Select(s => new UnitValue(s, ServiceCoverage.Of(rows[s], list).MeetsTarget ? 1 : 0, 1)).ToList();
    }
}
