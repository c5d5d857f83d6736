using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Workforce;

/// <summary>
/// Stations' yearly training plans (T11). Scoped through <see cref="OrgScope"/>; station clinicians and managers in
/// scope write them, a village health worker (and an actor without a role) only reads (403), as for facilities.
/// </summary>
public sealed class TrainingPlanService(CoSoDbContext db, OrgScope scope, TimeProvider time)
{
    public static bool MayEdit(Role? role) => Permissions.Has(role, Capability.ManageStaff);

    /// <summary>Every station in scope with its plan of the year (if any) and the workers trained in the year so far.</summary>
    public async Task<IReadOnlyList<TrainingPlanRow>> ListAsync(int year, CancellationToken ct = default)
    {
        var stations = await scope.Units(OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Name).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var ids = stations.Select(s => s.Id).ToList();
        var plans = await db.Set<TrainingPlan>().AsNoTracking().Where(p => p.Year == year && ids.Contains(p.OrgUnitId)).ToDictionaryAsync(p => p.OrgUnitId, ct);
        var (from, to) = Window(year);
        var trained = await TrainingPlanSource.TrainedStaffAsync(db, from, to, ids, ct);
        return stations.Select(s =>
        {
            var plan = plans.GetValueOrDefault(s.Id);
            var count = trained.GetValueOrDefault(s.Id);
            return new TrainingPlanRow(s.Id, s.Code, s.Name, year, plan?.PlannedStaff, plan?.Note, count, plan is null ? null : count >= plan.PlannedStaff, to);
        }).ToList();
    }

    /// <summary>Stores (or replaces) the station's plan of the year.</summary>
    public async Task<TrainingPlanRow> SetAsync(Guid stationId, int year, TrainingPlanInput input, CancellationToken ct = default)
    {
        var station = await EditableAsync(stationId, ct);
        var errors = input.Validate();
        ValidateYear(year, errors);
        errors.ThrowIfInvalid();
        var plan = await db.Set<TrainingPlan>().FirstOrDefaultAsync(p => p.OrgUnitId == station.Id && p.Year == year, ct);
        if (plan is null)
        {
            plan = new TrainingPlan { Id = Guid.CreateVersion7(), OrgUnitId = station.Id, Year = year };
            db.Add(plan);
        }

        plan.PlannedStaff = input.PlannedStaff;
        plan.Note = string.IsNullOrWhiteSpace(input.Note) ? null : TextFolding.Nfc(input.Note.Trim());
        plan.UpdatedAt = time.GetUtcNow();
        plan.UpdatedBy = db.Actor.UserName;
        await db.SaveChangesAsync(ct);
        return (await ListAsync(year, ct)).Single(r => r.StationId == station.Id);
    }

    public async Task DeleteAsync(Guid stationId, int year, CancellationToken ct = default)
    {
        var station = await EditableAsync(stationId, ct);
        var plan = await db.Set<TrainingPlan>().FirstOrDefaultAsync(p => p.OrgUnitId == station.Id && p.Year == year, ct) ?? throw new NotFoundException();
        db.Remove(plan);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The courses a plan's year counts: its 1 January up to 31 December, or up to today for the current year.</summary>
    private (DateOnly From, DateOnly To) Window(int year)
    {
        var today = VietnamClock.Today(time);
        var end = new DateOnly(year, 12, 31);
        return (new DateOnly(year, 1, 1), end < today ? end : today);
    }

    private void ValidateYear(int year, ValidationErrors errors)
    {
        if (year < 2000 || year > VietnamClock.Today(time).Year + 1)
        {
            errors.Add("year", "workforce.plan.year");
        }
    }

    private async Task<OrgUnit> EditableAsync(Guid stationId, CancellationToken ct)
    {
        var station = await scope.StationAsync(stationId, ct);
        if (!db.Actor.Can(Capability.ManageStaff))
        {
            throw new ForbiddenException("workforce.plan.edit");
        }

        return station;
    }
}
