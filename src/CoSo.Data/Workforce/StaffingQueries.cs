using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoSo.Data.Workforce;

/// <summary>Staffing, CME and village coverage on a date for the units in the actor's scope.</summary>
public sealed class StaffingQueries(CoSoDbContext db, OrgScope scope, IOptions<WorkforceOptions> options)
{
    public const int MinVillageTrainingMonths = 6;

    public async Task<IReadOnlyList<StationStaffing>> StationsAsync(DateOnly date, CancellationToken ct = default)
    {
        var stations = await scope.Units(OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Name).ToListAsync(ct);
        var staffing = Staffing.StaffingOnDate(await PostingsAsync(ct), date);
        return stations.Select(s => new StationStaffing(s.Id, s.Code, s.Name, staffing.GetValueOrDefault(s.Id) ?? UnitStaffing.Empty(s.Id))).ToList();
    }

    public async Task<StationStaffing> StationAsync(Guid stationId, DateOnly date, CancellationToken ct = default)
    {
        var s = await scope.StationAsync(stationId, ct);
        var staffing = Staffing.StaffingOnDate(await PostingsAsync(ct), date);
        return new StationStaffing(s.Id, s.Code, s.Name, staffing.GetValueOrDefault(s.Id) ?? UnitStaffing.Empty(s.Id));
    }

    public async Task<IReadOnlyList<CmeRow>> CmeAsync(DateOnly date, CancellationToken ct = default)
    {
        var requirement = options.Value.Requirement;
        var staff = await scope.Staff().AsNoTracking().Where(s => s.IsActive).ToListAsync(ct);
        staff = staff.Where(s => CadreRules.RequiresCme(s.Cadre)).ToList();
        var ids = staff.Select(s => s.Id).ToList();
        var credits = (await db.Set<TrainingRecord>().AsNoTracking().Where(t => ids.Contains(t.StaffId)).Select(t => new { t.StaffId, t.End, t.Hours }).ToListAsync(ct))
            .ToLookup(t => t.StaffId, t => new CmeCredit(t.End, t.Hours));
        var unitIds = staff.Select(s => s.OrgUnitId).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return staff.Select(s =>
        {
            var st = Cme.StatusOn(credits[s.Id], date, requirement);
            return new CmeRow(s.Id, s.FullName, s.OrgUnitId, names.GetValueOrDefault(s.OrgUnitId), s.Cadre, st.Hours, st.Required, st.Shortfall, st.IsShort, st.Window.Start, st.Window.End, st.DropsBelowOn);
        }).OrderBy(r => r.UnitName).ThenBy(r => r.FullName, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<VillageCoverage>> VillagesAsync(DateOnly date, CancellationToken ct = default)
    {
        var villages = await scope.Units(OrgUnitKind.Village).OrderBy(v => v.Name).ToListAsync(ct);
        var villageIds = villages.Select(v => v.Id).ToList();
        var workers = await db.Set<Posting>().AsNoTracking()
            .Where(p => villageIds.Contains(p.OrgUnitId) && p.Start <= date && (p.End == null || p.End >= date))
            .Join(db.Set<StaffMember>().Where(s => s.IsActive && s.Cadre == Cadre.VillageHealthWorker), p => p.StaffId, s => s.Id, (p, s) => new { p.OrgUnitId, s.Id, s.TrainingMonths })
            .ToListAsync(ct);
        var parentIds = villages.Select(v => v.ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.OrgUnits.AsNoTracking().Where(u => parentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return villages.Select(v =>
        {
            var here = workers.Where(w => w.OrgUnitId == v.Id).DistinctBy(w => w.Id).ToList();
            var trained = here.Count(w => w.TrainingMonths >= MinVillageTrainingMonths);
            return new VillageCoverage(v.Id, v.Name, v.ParentId, v.ParentId is { } p ? parents.GetValueOrDefault(p) : null, trained, here.Count - trained);
        }).ToList();
    }

    /// <summary>Every posting of every worker posted at least once to a unit in scope (their postings elsewhere decide whether they are away).</summary>
    private async Task<List<StaffingPosting>> PostingsAsync(CancellationToken ct)
    {
        var inScope = scope.Filter(db.Set<Posting>().AsNoTracking(), p => p.OrgUnitId).Select(p => p.StaffId);
        return await db.Set<Posting>().AsNoTracking().Where(p => inScope.Contains(p.StaffId))
            .Join(db.Set<StaffMember>().Where(s => s.IsActive), p => p.StaffId, s => s.Id, (p, s) => new StaffingPosting(p.StaffId, p.OrgUnitId, s.Cadre, s.EmploymentType, p.Kind, p.Start, p.End, p.PartTime))
            .ToListAsync(ct);
    }
}
