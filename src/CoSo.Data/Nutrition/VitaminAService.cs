using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Nutrition;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Nutrition;

/// <summary>The vitamin A campaign of a station: children 6–36 months, who has had a dose in the last 4 months, recording one.</summary>
public sealed class VitaminAService(CoSoDbContext db, TimeProvider time, StationResolver stations)
{
    public async Task<IReadOnlyList<VitaminAChild>> CampaignAsync(Guid? stationId, Guid? villageId = null, CancellationToken ct = default)
    {
        var station = await stations.ResolveOrVillagesAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var (youngest, oldest) = (today.AddMonths(-VitaminARules.MinAgeMonths), today.AddMonths(-VitaminARules.CampaignMaxAgeMonths - 1));
        var children = await db.People.AsNoTracking()
            .Where(p => (station == null || p.OrgUnitId == station.Id) && p.BirthDate != null && p.BirthDate <= youngest && p.BirthDate > oldest && p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway
                && (villageId == null || p.VillageId == villageId))
            .Select(p => new { p.Id, p.ProvinceCode, p.FullName, BirthDate = p.BirthDate!.Value, p.VillageId }).ToListAsync(ct);
        var ids = children.Select(c => c.Id).ToList();
        var last = await db.Visible<VitaminADose>().AsNoTracking().Where(d => ids.Contains(d.PersonId))
            .GroupBy(d => d.PersonId).Select(g => new { g.Key, Last = g.Max(d => d.GivenOn) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var villageIds = children.Where(c => c.VillageId != null).Select(c => c.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var list = children.Select(c =>
        {
            var lastDose = last.TryGetValue(c.Id, out var l) ? l : (DateOnly?)null;
            var due = lastDose is { } d && today.DayNumber - d.DayNumber < VitaminARules.MinIntervalDays ? null : VitaminARules.DoseFor(c.BirthDate, today);
            return new VitaminAChild(c.Id, c.ProvinceCode, c.FullName, c.BirthDate, VitaminARules.AgeInMonths(c.BirthDate, today),
                c.VillageId is { } v ? villages.GetValueOrDefault(v) : null, lastDose, due);
        }).OrderBy(c => c.VillageName).ThenBy(c => c.BirthDate).ToList();
        await db.AuditReadsAsync("nutrition:vitamin-a", list.Select(c => (c.PersonId, c.ProvinceCode)), ct);
        return list;
    }

    public async Task<VitaminADose> RecordAsync(Guid personId, DateOnly? givenOn, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordGrowthAndNutrition);
        var child = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
        var today = VietnamClock.Today(time);
        var on = givenOn ?? today;
        var last = await db.Visible<VitaminADose>().AsNoTracking().Where(d => d.ProvinceCode == child.ProvinceCode && d.PersonId == child.Id && d.GivenOn <= on)
            .OrderByDescending(d => d.GivenOn).Select(d => (DateOnly?)d.GivenOn).FirstOrDefaultAsync(ct);
        if (child.BirthDate is not { } birth)
        {
            throw new DomainValidationException("personId", "vitA.age");
        }

        VitaminARules.Validate(birth, on, today, last).ThrowIfInvalid();
        var dose = new VitaminADose
        {
            Id = Guid.CreateVersion7(), ProvinceCode = child.ProvinceCode, OrgUnitId = child.OrgUnitId, PersonId = child.Id, GivenOn = on,
            DoseIu = VitaminARules.DoseFor(birth, on)!.Value, GivenByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        db.Add(dose);
        await db.SaveChangesAsync(ct);
        return dose;
    }
}
