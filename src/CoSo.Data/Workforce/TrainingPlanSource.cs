using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Workforce;

/// <summary>
/// T11, per facility: a station with a training plan for the period's year counts 1/1 when at least
/// <see cref="TrainingPlan.PlannedStaff"/> different workers completed a course (a training record ending in the year,
/// up to the period's end) while counted at the station or one of its villages on the course's last day (staffing
/// rules: a worker away on rotation counts where they are), else 0/1. A station without a plan is 0/1 but "no data"
/// (<see cref="IPartialIndicatorSource"/>): above the stations it counts as not done once some station has a plan, and
/// a unit where no station has one is "no data" rather than 0 %.
/// </summary>
public sealed class TrainingPlanSource : IPartialIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(TrainingPlan), typeof(TrainingRecord), typeof(Posting), typeof(StaffMember)];

    public IndicatorDefinition Definition { get; } = Targets2030.T11 with { DataAvailable = true };

    public Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct) =>
        throw new NotSupportedException("The engine calls ComputePartialAsync for a partial source.");

    public async Task<PartialValues> ComputePartialAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var year = period.Start.Year;
        var ids = stationIds.ToList();
        var plans = await db.Set<TrainingPlan>().AsNoTracking().Where(p => p.Year == year && ids.Contains(p.OrgUnitId))
            .ToDictionaryAsync(p => p.OrgUnitId, p => p.PlannedStaff, ct);
        var trained = await TrainedStaffAsync(db, period.Start, period.End, plans.Keys.ToList(), ct);
        var values = ids.Select(s => StaffingSnapshot.Station(s, plans.TryGetValue(s, out var planned) && trained.GetValueOrDefault(s) >= planned)).ToList();
        return new PartialValues(values, plans.Keys.ToHashSet());
    }

    /// <summary>Per station, the distinct workers who completed a course between the dates while counted at it or its villages.</summary>
    public static async Task<IReadOnlyDictionary<Guid, int>> TrainedStaffAsync(CoSoDbContext db, DateOnly from, DateOnly to, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        if (stationIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var ids = stationIds.ToList();
        var stationOf = await db.OrgUnits.AsNoTracking()
            .Where(u => ids.Contains(u.Id) || (u.Kind == OrgUnitKind.Village && u.ParentId != null && ids.Contains(u.ParentId.Value)))
            .ToDictionaryAsync(u => u.Id, u => u.Kind == OrgUnitKind.Village ? u.ParentId!.Value : u.Id, ct);
        var units = stationOf.Keys.ToList();
        var postedHere = db.Set<Posting>().Where(p => units.Contains(p.OrgUnitId)).Select(p => p.StaffId);
        var courses = await db.Set<TrainingRecord>().AsNoTracking().Where(t => t.End >= from && t.End <= to && postedHere.Contains(t.StaffId))
            .Select(t => new { t.StaffId, t.End }).ToListAsync(ct);
        var staffIds = courses.Select(c => c.StaffId).Distinct().ToList();
        var postings = (await db.Set<Posting>().AsNoTracking().Where(p => staffIds.Contains(p.StaffId))
                .Join(db.Set<StaffMember>(), p => p.StaffId, s => s.Id, (p, s) => new StaffingPosting(p.StaffId, p.OrgUnitId, s.Cadre, s.EmploymentType, p.Kind, p.Start, p.End, p.PartTime))
                .ToListAsync(ct))
            .ToLookup(p => p.StaffId);
        var trained = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var course in courses)
        {
            foreach (var unit in Staffing.StaffingOnDate(postings[course.StaffId], course.End).Keys)
            {
                if (stationOf.TryGetValue(unit, out var station))
                {
                    (trained.TryGetValue(station, out var set) ? set : trained[station] = []).Add(course.StaffId);
                }
            }
        }

        return trained.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
    }
}
