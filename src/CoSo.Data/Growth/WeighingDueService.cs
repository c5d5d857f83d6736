using CoSo.Core.Common;
using CoSo.Core.Growth;
using CoSo.Data.Organisation;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Growth;

/// <summary>A child due (or late) for weighing: their last measurement and its classes, for the station and the village worker.</summary>
public sealed record WeighingDueChild(Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, int AgeMonths, string? VillageName,
    DateOnly? LastMeasuredOn, decimal? LastWeightKg, WeightForAgeClass? LastWeightForAge, LengthForAgeClass? LastLengthForAge, WeightForLengthClass? LastWeightForLength,
    DateOnly DueOn, bool Late);

public sealed record WeighingDueList(DateOnly Today, IReadOnlyList<WeighingDueChild> Items) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}

/// <summary>Children under 5 of a station (or one village) due for weighing within the next days (<see cref="WeighingSchedule"/>).</summary>
public sealed class WeighingDueService(CoSoDbContext db, TimeProvider time, StationResolver stations)
{
    public async Task<WeighingDueList> ListAsync(Guid? stationId, Guid? villageId, int days = 7, CancellationToken ct = default)
    {
        var station = await stations.ResolveOrVillagesAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var horizon = today.AddDays(Math.Clamp(days, 0, 90));
        var fiveYearsAgo = today.AddDays(-ZScoreCalculator.LastAgeDay);
        var children = await db.People.AsNoTracking()
            .Where(p => (station == null || p.OrgUnitId == station.Id) && p.BirthDate != null && p.BirthDate >= fiveYearsAgo && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway
                && (villageId == null || p.VillageId == villageId))
            .Select(p => new { p.Id, p.ProvinceCode, p.FullName, BirthDate = p.BirthDate!.Value, p.VillageId }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var measured = await db.Visible<GrowthMeasurement>().AsNoTracking().Where(m => ids.Contains(m.PersonId))
            .Select(m => new { m.PersonId, m.MeasuredOn, m.CreatedAt, m.WeightKg, m.WeightForAge, m.LengthForAge, m.WeightForLength }).ToListAsync(ct);
        var latest = measured.GroupBy(m => m.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MeasuredOn).ThenByDescending(m => m.CreatedAt).First());
        var villageIds = children.Where(c => c.VillageId != null).Select(c => c.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = new List<WeighingDueChild>();
        foreach (var c in children)
        {
            var last = latest.GetValueOrDefault(c.Id);
            if (WeighingSchedule.DueOn(c.BirthDate, last?.MeasuredOn) is not { } due || due > horizon)
            {
                continue;
            }

            items.Add(new WeighingDueChild(c.Id, c.ProvinceCode, c.FullName, c.BirthDate, WeighingSchedule.AgeMonths(c.BirthDate, today), c.VillageId is { } v ? villages.GetValueOrDefault(v) : null,
                last?.MeasuredOn, last?.WeightKg, last?.WeightForAge, last?.LengthForAge, last?.WeightForLength, due, WeighingSchedule.IsLate(c.BirthDate, due, today)));
        }

        var list = items.OrderByDescending(i => i.Late).ThenBy(i => i.VillageName).ThenBy(i => i.DueOn).ThenBy(i => i.FullName, StringComparer.Ordinal).ToList();
        await db.AuditReadsAsync("growth:weighing-due", list.Select(i => (i.PersonId, i.ProvinceCode)), ct);
        return new WeighingDueList(today, list);
    }
}
