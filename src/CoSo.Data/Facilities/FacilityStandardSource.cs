using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;
using IndicatorDefinition = CoSo.Core.Indicators.IndicatorDefinition;

namespace CoSo.Data.Facilities;

/// <summary>
/// T12, CoSo's own simple rule (docs/indicators.md): a station counts 1/1 when its facility record shows a solid or
/// semi-solid building (kiên cố / bán kiên cố), electricity and clean water, and it has at least one equipment item in
/// working order; else 0/1 (also without a facility record). The facility record is its current state (not dated).
/// </summary>
public sealed class FacilityStandardSource : IIndicatorSource
{
    public IndicatorDefinition Definition { get; } = Targets2030.T12 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var equipment = db.Set<EquipmentItem>().IgnoreQueryFilters();
        var meeting = await db.Set<StationFacility>().IgnoreQueryFilters().AsNoTracking()
            .Where(f => ids.Contains(f.OrgUnitId)
                && (f.BuildingCondition == BuildingCondition.Solid || f.BuildingCondition == BuildingCondition.SemiSolid)
                && f.Electricity && f.CleanWater
                && equipment.Any(e => e.OrgUnitId == f.OrgUnitId && e.Condition == EquipmentCondition.Working && e.Quantity > 0))
            .Select(f => f.OrgUnitId).ToListAsync(ct);
        return ids.Select(s => new UnitValue(s, meeting.Contains(s) ? 1 : 0, 1)).ToList();
    }
}
