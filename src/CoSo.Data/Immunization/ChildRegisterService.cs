using CoSo.Core.Common;
using CoSo.Core.Immunization;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>Lists the children's register of a station with each child's schedule status today.</summary>
public sealed class ChildRegisterService(CoSoDbContext db, TimeProvider time)
{
    public async Task<ChildPage> ListAsync(Guid stationId, Guid? villageId, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var today = VietnamClock.Today(time);
        var query = ChildRegister.Children(db, stationId, today, villageId is { } v ? [v] : null);
        var total = await query.CountAsync(ct);
        var paged = query.OrderByDescending(p => p.BirthDate).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize);
        var children = await ChildRegister.LoadAsync(db, paged, ct);
        var villages = await ChildRegister.VillageNamesAsync(db, stationId, ct);
        var schedule = ImmunizationSchedule.LoadDefault();
        var programmes = await ChildRegister.ProgrammesAsync(db, stationId, ct);
        var items = children.Select(c => new ChildStatusDto(c.Id, c.ProvinceCode, c.FullName, c.BirthDate, c.Sex, c.VillageId,
            c.VillageId is { } vid ? villages.GetValueOrDefault(vid) : null,
            StatusSummary.From(ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, today, c.Doses, programmes)))).ToList();
        return new ChildPage(items, page, pageSize, total);
    }

    /// <summary>Children of the register with a dose due or overdue within the next <paramref name="days"/> days (home panel).</summary>
    public async Task<int> CountDueAsync(Guid stationId, int days, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        var on = VietnamClock.Today(time).AddDays(days);
        var children = await ChildRegister.LoadAsync(db, ChildRegister.Children(db, stationId, on), ct);
        var schedule = ImmunizationSchedule.LoadDefault();
        var programmes = await ChildRegister.ProgrammesAsync(db, stationId, ct);
        return children.Count(c => ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, on, c.Doses, programmes)
            .Any(e => e.Status is DoseStatus.Due or DoseStatus.Overdue));
    }
}
