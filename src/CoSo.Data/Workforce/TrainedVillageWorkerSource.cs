using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Workforce;

/// <summary>
/// T6, per village: numerator = active villages of the station (child units of kind Village) with at least one active
/// village health worker trained ≥ 6 months posted there on the period's end date; denominator = active villages of the
/// station. Same rule as <see cref="StaffingQueries.VillagesAsync"/>.
/// </summary>
public sealed class TrainedVillageWorkerSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StaffMember), typeof(Posting)];

    public IndicatorDefinition Definition { get; } = Targets2030.T6 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var date = period.End;
        var ids = stationIds.ToList();
        var trained = db.Set<Posting>().Unfiltered(UnscopedReason.IndicatorComputation)
            .Where(p => p.Start <= date && (p.End == null || p.End >= date))
            .Join(db.Set<StaffMember>().Unfiltered(UnscopedReason.IndicatorComputation).Where(s => s.IsActive && s.Cadre == Cadre.VillageHealthWorker && s.TrainingMonths >= StaffingQueries.MinVillageTrainingMonths),
                p => p.StaffId, s => s.Id, (p, s) => p.OrgUnitId);
        var villages = await db.OrgUnits.Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.Village && u.IsActive && u.ParentId != null && ids.Contains(u.ParentId.Value))
            .Select(u => new { Station = u.ParentId!.Value, Covered = trained.Contains(u.Id) })
            .ToListAsync(ct);
        return villages.GroupBy(v => v.Station).Select(g => new UnitValue(g.Key, g.Count(v => v.Covered), g.Count())).ToList();
    }
}
