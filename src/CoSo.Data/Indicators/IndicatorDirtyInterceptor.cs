using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.Indicators;

/// <summary>
/// Marks (station, month) pairs stale in the same SaveChanges as any person-level write, so that recomputation
/// touches only what changed. The current month is marked for every write (population indicators are states on a
/// date); a visit also marks its own month at its facility. Closed months are frozen unless recomputed on demand.
/// </summary>
public sealed class IndicatorDirtyInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Mark(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var month = Period.OfDate(VietnamClock.Today(time)).ToString();
        var pairs = new HashSet<(Guid Unit, string Period)>();
        foreach (var entry in context.ChangeTracker.Entries<IPersonOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            pairs.Add((entry.Entity.OrgUnitId, month));
            if (entry.State == EntityState.Modified && entry.Property(nameof(IPersonOwned.OrgUnitId)).OriginalValue is Guid before && before != entry.Entity.OrgUnitId)
            {
                pairs.Add((before, month));
            }

            if (entry.Entity is Encounter visit)
            {
                var visitMonth = Period.OfDate(visit.VisitDate).ToString();
                pairs.Add((visit.FacilityId, visitMonth));
                pairs.Add((visit.OrgUnitId, visitMonth));
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var marks = context.Set<IndicatorDirtyMark>();
        foreach (var (unit, period) in pairs)
        {
            marks.Add(new IndicatorDirtyMark { Id = Guid.CreateVersion7(), OrgUnitId = unit, Period = period, MarkedAt = now });
        }
    }
}
