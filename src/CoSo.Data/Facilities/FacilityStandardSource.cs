using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using IndicatorDefinition = CoSo.Core.Indicators.IndicatorDefinition;

namespace CoSo.Data.Facilities;

/// <summary>
/// T12, CoSo's own simple rule (docs/indicators.md): a station counts 1/1 when its facility record shows a solid or
/// semi-solid building (kiên cố / bán kiên cố), electricity and clean water, and it has at least one equipment item in
/// working order received by the period's end date; else 0/1 (also without a facility record). The facility record is
/// the version in force on the period's end date (<see cref="FacilityHistory"/>).
/// </summary>
public sealed class FacilityStandardSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StationFacility), typeof(StationFacilityVersion), typeof(EquipmentItem)];

    public IndicatorDefinition Definition { get; } = Targets2030.T12 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var facilities = await FacilityHistory.AsOfAsync(db, ids, period.End, ct);
        var equipped = await FacilityHistory.WithWorkingEquipmentAsync(db, ids, period.End, ct);
        return ids.Select(s => new UnitValue(s, Meets(facilities.GetValueOrDefault(s)) && equipped.Contains(s) ? 1 : 0, 1)).ToList();
    }

    private static bool Meets(StationFacility? f) =>
        f is { BuildingCondition: BuildingCondition.Solid or BuildingCondition.SemiSolid, Electricity: true, CleanWater: true };
}
