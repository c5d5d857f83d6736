using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// T3: managed residents under health management (<see cref="ManagedResidents.UnderHealthManagement"/>: a history
/// entry or an examination, not an empty record version) / managed residents, on the last day of the period; judged on
/// the population like T1.
/// </summary>
public sealed class HealthRecordCoverageSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person), typeof(HealthRecordVersion), typeof(Core.Encounters.Encounter), typeof(PopulationFigure)];

    public IndicatorDefinition Definition => Targets2030.T3;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var managed = ManagedResidents.On(db, period.End, stationIds);
        var denominators = await managed.GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var numerators = await managed.UnderHealthManagement(db, period.End).GroupBy(p => p.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return denominators.Select(d => new UnitValue(d.Key, numerators.GetValueOrDefault(d.Key), d.Value)).ToList();
    }

    public async Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var managed = ManagedResidents.On(db, period.End, stationIds);
        var counted = managed.UnderHealthManagement(db, period.End).Select(p => p.Id);
        var input = managed.Select(p => new BandInput { OrgUnitId = p.OrgUnitId, Sex = p.Sex, BirthDate = p.BirthDate, BirthYear = p.BirthYear, Counted = counted.Contains(p.Id) });
        return await Banded.CountAsync(input, period.End, ct);
    }
}
