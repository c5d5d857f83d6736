using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

public sealed class HouseholdService(CoSoDbContext db, PeopleService people, TimeProvider time)
{
    public async Task<HouseholdDto> CreateAsync(HouseholdInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RegisterResidents);
        var station = await people.ResolveStationAsync(input.OrgUnitId, ct);
        var errors = new ValidationErrors();
        if (input.VillageId is { } v && !await db.OrgUnits.AnyAsync(u => u.Id == v && u.ParentId == station.Id && u.Kind == OrgUnitKind.Village, ct))
        {
            errors.Add("villageId", "village.notInCatchment");
        }

        errors.ThrowIfInvalid();
        var household = new Household
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = station.ProvinceCode,
            OrgUnitId = station.Id,
            VillageId = input.VillageId,
            Code = string.IsNullOrWhiteSpace(input.Code) ? $"HGD-{station.AdminUnitCode}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5))}" : input.Code.Trim(),
            AddressLine = string.IsNullOrWhiteSpace(input.AddressLine) ? null : TextFolding.Nfc(input.AddressLine),
            CreatedAt = time.GetUtcNow(),
            Version = 1,
        };
        db.Households.Add(household);
        await db.SaveChangesAsync(ct);
        return await GetAsync(household.Id, ct);
    }

    public async Task<HouseholdDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var h = await db.Households.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var members = await db.People.AsNoTracking().Where(p => p.ProvinceCode == h.ProvinceCode && p.HouseholdId == id && p.MergedIntoId == null)
            .OrderBy(p => p.RelationshipToHead).ThenBy(p => p.BirthYear)
            .Select(p => new HouseholdMemberDto(p.Id, p.FullName, p.BirthYear, p.Sex, p.RelationshipToHead, p.IsDeceased)).ToListAsync(ct);
        var village = h.VillageId is null ? null : await db.OrgUnits.AsNoTracking().Where(u => u.Id == h.VillageId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var head = h.HeadPersonId ?? members.FirstOrDefault(m => m.Relationship == HouseholdRelationship.Head)?.PersonId;
        return new HouseholdDto(h.Id, h.ProvinceCode, h.Code, h.AddressLine, h.OrgUnitId, h.VillageId, village, head, members, h.Version);
    }

    public async Task<int> CountAsync(Guid? stationId, CancellationToken ct = default) =>
        await db.Households.CountAsync(h => stationId == null || h.OrgUnitId == stationId, ct);
}
