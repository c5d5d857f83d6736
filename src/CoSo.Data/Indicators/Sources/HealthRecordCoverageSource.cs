using CoSo.Core.Indicators;
using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>T3: managed residents with at least one health-record version / managed residents, on the last day of the period.</summary>
public sealed class HealthRecordCoverageSource : IIndicatorSource
{
    public IndicatorDefinition Definition => Targets2030.T3;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var records = db.Set<HealthRecordVersion>().IgnoreQueryFilters();
        var rows = await ManagedResidents.On(db, period.End, stationIds)
            .Select(p => new { p.OrgUnitId, HasRecord = records.Any(r => r.ProvinceCode == p.ProvinceCode && r.PersonId == p.Id) })
            .GroupBy(p => p.OrgUnitId)
            .Select(g => new { g.Key, Denominator = g.Count(), Numerator = g.Count(p => p.HasRecord) })
            .ToListAsync(ct);
        return rows.Select(r => new UnitValue(r.Key, r.Numerator, r.Denominator)).ToList();
    }
}
