using CoSo.Core.Indicators;
using CoSo.Core.Workforce;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Workforce;

/// <summary>
/// Staffing of the given stations on a date for the indicator sources, ignoring the actor's scope (indicator results
/// are aggregates, scoped when read). Same rules as <see cref="StaffingQueries"/>: <see cref="Staffing.StaffingOnDate"/>
/// over every posting of every active worker posted at least once to one of the stations.
/// </summary>
public static class StaffingSnapshot
{
    public static async Task<IReadOnlyDictionary<Guid, UnitStaffing>> OnAsync(CoSoDbContext db, DateOnly date, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var atStations = db.Set<Posting>().Unfiltered(UnscopedReason.IndicatorComputation).Where(p => ids.Contains(p.OrgUnitId)).Select(p => p.StaffId);
        var postings = await db.Set<Posting>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(p => atStations.Contains(p.StaffId))
            .Join(db.Set<StaffMember>().Unfiltered(UnscopedReason.IndicatorComputation).Where(s => s.IsActive), p => p.StaffId, s => s.Id, (p, s) => new StaffingPosting(p.StaffId, p.OrgUnitId, s.Cadre, s.EmploymentType, p.Kind, p.Start, p.End, p.PartTime))
            .ToListAsync(ct);
        return Staffing.StaffingOnDate(postings, date);
    }

    /// <summary>Station-level targets count stations: 1/1 when the station meets the rule, 0/1 when not.</summary>
    public static UnitValue Station(Guid stationId, bool meets) => new(stationId, meets ? 1 : 0, 1);
}
