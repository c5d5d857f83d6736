using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Core.Workforce;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.Indicators;

/// <summary>
/// Marks (station, month, entity type) stale in the same SaveChanges as any person-level write — and any write to an
/// org-level entity that an indicator declares as an input (staff, postings, facilities…; it must carry an
/// <c>OrgUnitId</c>, or a <c>StaffId</c>: then the worker's home unit and postings are marked) — so that recomputation touches only the stations, months and indicators concerned. The current
/// month is marked for every write (population indicators are states on a date); a visit also marks its own month at
/// its facility, and a BHYT claim its visit's month at the claiming station. Closed months are frozen unless recomputed on demand.
/// </summary>
public sealed class IndicatorDirtyInterceptor(TimeProvider time, IndicatorRegistry registry) : SaveChangesInterceptor
{
    private readonly HashSet<Type> _orgLevelInputs = registry.All.SelectMany(s => s.Inputs ?? []).Where(t => !typeof(IPersonOwned).IsAssignableFrom(t)).ToHashSet();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await MarkAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    private async Task MarkAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is null)
        {
            return;
        }

        var month = Period.OfDate(VietnamClock.Today(time)).ToString();
        var pairs = new HashSet<(Guid Unit, string Period, string Source)>();
        var staffInputs = new List<(Guid StaffId, string Source)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var source = entry.Metadata.ClrType.Name;
            if (entry.Entity is not IPersonOwned owned)
            {
                if (!_orgLevelInputs.Contains(entry.Metadata.ClrType))
                {
                    continue;
                }

                if (entry.Metadata.FindProperty("OrgUnitId") is { } unitProperty && entry.Property(unitProperty.Name).CurrentValue is Guid orgUnit)
                {
                    pairs.Add((orgUnit, month, source));
                }
                else if (entry.Metadata.FindProperty("StaffId") is { } staffProperty && entry.Property(staffProperty.Name).CurrentValue is Guid staffId)
                {
                    // A row about a worker (a training record) counts wherever the worker is counted: home unit and postings.
                    staffInputs.Add((staffId, source));
                }

                continue;
            }

            pairs.Add((owned.OrgUnitId, month, source));
            if (entry.State == EntityState.Modified && entry.Property(nameof(IPersonOwned.OrgUnitId)).OriginalValue is Guid before && before != owned.OrgUnitId)
            {
                pairs.Add((before, month, source));
            }

            if (entry.Entity is Encounter visit)
            {
                var visitMonth = Period.OfDate(visit.VisitDate).ToString();
                pairs.Add((visit.FacilityId, visitMonth, source));
                pairs.Add((visit.OrgUnitId, visitMonth, source));
            }
            else if (entry.Entity is BhytClaim claim)
            {
                // The gateway answers weeks later: an acceptance in December changes November's T2.
                pairs.Add((claim.OrgUnitId, Period.OfDate(claim.VisitDate).ToString(), source));
            }
        }

        if (staffInputs.Count > 0)
        {
            var staffIds = staffInputs.Select(s => s.StaffId).Distinct().ToList();
            var homes = context.Set<StaffMember>().Unfiltered(UnscopedReason.WriteBookkeeping).Where(s => staffIds.Contains(s.Id)).Select(s => new { StaffId = s.Id, s.OrgUnitId });
            var postings = context.Set<Posting>().Unfiltered(UnscopedReason.WriteBookkeeping).Where(p => staffIds.Contains(p.StaffId)).Select(p => new { p.StaffId, p.OrgUnitId });
            var units = async
                ? [.. await homes.ToListAsync(ct), .. await postings.ToListAsync(ct)]
                : homes.ToList().Concat(postings.ToList()).ToList();
            foreach (var (staffId, source) in staffInputs)
            {
                foreach (var unit in units.Where(u => u.StaffId == staffId))
                {
                    pairs.Add((unit.OrgUnitId, month, source));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var marks = context.Set<IndicatorDirtyMark>();
        foreach (var (unit, period, source) in pairs)
        {
            marks.Add(new IndicatorDirtyMark { Id = Guid.CreateVersion7(), OrgUnitId = unit, Period = period, MarkedAt = now, Source = source });
        }
    }
}
