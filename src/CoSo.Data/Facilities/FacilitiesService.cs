using CoSo.Core.Common;
using CoSo.Core.Facilities;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using CoSo.Data.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Facilities;

/// <summary>A station's premises, equipment and technical services. Scoped through <see cref="OrgScope"/>.</summary>
public sealed class FacilitiesService(CoSoDbContext db, OrgScope scope, TechnicalServiceCatalogue catalogue, TimeProvider time)
{
    /// <summary>The facility record today, or as it was on <paramref name="date"/> (null before the first record).</summary>
    public async Task<FacilityInput?> GetAsync(Guid stationId, DateOnly? date = null, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        if (date is { } on)
        {
            var version = await db.Set<StationFacilityVersion>().AsNoTracking().Where(v => v.OrgUnitId == stationId && v.EffectiveFrom <= on)
                .OrderByDescending(v => v.EffectiveFrom).FirstOrDefaultAsync(ct);
            if (version is not null || await db.Set<StationFacilityVersion>().AnyAsync(v => v.OrgUnitId == stationId, ct))
            {
                return version is null ? null : ToInput(version.ToFacility(), version.EffectiveFrom);
            }
        }

        var f = await db.Set<StationFacility>().AsNoTracking().FirstOrDefaultAsync(x => x.OrgUnitId == stationId, ct);
        var from = await db.Set<StationFacilityVersion>().Where(v => v.OrgUnitId == stationId).MaxAsync(v => (DateOnly?)v.EffectiveFrom, ct);
        return f is null ? null : ToInput(f, from);
    }

    /// <summary>
    /// Records the station's state from <see cref="FacilityInput.EffectiveFrom"/> (default today) as a new version —
    /// a second save with the same date replaces that version — and makes the latest version the current record.
    /// </summary>
    public async Task<FacilityInput> SaveAsync(Guid stationId, FacilityInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageFacilities);
        await scope.StationAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        if (input.Rooms is < 0 or > 100)
        {
            errors.Add("rooms", "facilities.rooms");
        }

        if (input.BhytContractStart is { } s && input.BhytContractEnd is { } e && e < s)
        {
            errors.Add("bhytContractEnd", "workforce.posting.dates");
        }

        if (input.BuildYear is { } year && (year < 1900 || year > today.Year))
        {
            errors.Add("buildYear", "facilities.buildYear");
        }

        if (input.EffectiveFrom > today)
        {
            errors.Add("effectiveFrom", "facilities.effectiveFrom");
        }

        errors.ThrowIfInvalid();
        var effective = input.EffectiveFrom ?? today;
        var version = await db.Set<StationFacilityVersion>().FirstOrDefaultAsync(v => v.OrgUnitId == stationId && v.EffectiveFrom == effective, ct);
        if (version is null)
        {
            version = new StationFacilityVersion { Id = Guid.CreateVersion7(), OrgUnitId = stationId, EffectiveFrom = effective };
            db.Add(version);
        }

        version.BuildingCondition = input.BuildingCondition;
        version.Rooms = input.Rooms;
        version.CleanWater = input.CleanWater;
        version.Electricity = input.Electricity;
        version.Internet = input.Internet;
        version.BuildYear = input.BuildYear;
        version.MedicineCategories = string.IsNullOrWhiteSpace(input.MedicineCategories) ? null : TextFolding.Nfc(input.MedicineCategories);
        version.BhytEligible = input.BhytEligible;
        version.BhytContractStart = input.BhytContractStart;
        version.BhytContractEnd = input.BhytContractEnd;
        version.RecordedAt = time.GetUtcNow();

        // A back-dated version slots into the history; the current record follows the latest version only.
        var latest = await db.Set<StationFacilityVersion>().Where(v => v.OrgUnitId == stationId).MaxAsync(v => (DateOnly?)v.EffectiveFrom, ct);
        if (latest is null || effective >= latest)
        {
            var f = await db.Set<StationFacility>().FirstOrDefaultAsync(x => x.OrgUnitId == stationId, ct);
            if (f is null)
            {
                f = new StationFacility { OrgUnitId = stationId };
                db.Add(f);
            }

            var current = version.ToFacility();
            f.BuildingCondition = current.BuildingCondition;
            f.Rooms = current.Rooms;
            f.CleanWater = current.CleanWater;
            f.Electricity = current.Electricity;
            f.Internet = current.Internet;
            f.BuildYear = current.BuildYear;
            f.MedicineCategories = current.MedicineCategories;
            f.BhytEligible = current.BhytEligible;
            f.BhytContractStart = current.BhytContractStart;
            f.BhytContractEnd = current.BhytContractEnd;
            f.UpdatedAt = current.UpdatedAt;
        }

        await db.SaveChangesAsync(ct);
        return input with { EffectiveFrom = effective };
    }

    /// <summary>Every dated version of the station's facility record, newest first (empty before the first save).</summary>
    public async Task<IReadOnlyList<FacilityVersionDto>> HistoryAsync(Guid stationId, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        var versions = await db.Set<StationFacilityVersion>().AsNoTracking().Where(v => v.OrgUnitId == stationId).ToListAsync(ct);
        return versions.OrderByDescending(v => v.EffectiveFrom).Select(v => new FacilityVersionDto(
            v.EffectiveFrom, v.BuildingCondition, v.BuildYear, v.Rooms, v.CleanWater, v.Electricity, v.Internet, v.MedicineCategories,
            v.BhytEligible, v.BhytContractStart, v.BhytContractEnd, v.RecordedAt)).ToList();
    }

    private static FacilityInput ToInput(StationFacility f, DateOnly? effectiveFrom) =>
        new(f.BuildingCondition, f.Rooms, f.CleanWater, f.Electricity, f.Internet, f.BuildYear, f.MedicineCategories, f.BhytEligible, f.BhytContractStart, f.BhytContractEnd, effectiveFrom);

    public async Task<IReadOnlyList<EquipmentDto>> EquipmentAsync(Guid stationId, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        return await scope.Filter(db.Set<EquipmentItem>().AsNoTracking(), e => e.OrgUnitId).Where(e => e.OrgUnitId == stationId)
            .OrderBy(e => e.Name).Select(e => new EquipmentDto(e.Id, e.Name, e.Quantity, e.Condition, e.ReceivedOn)).ToListAsync(ct);
    }

    public async Task<EquipmentDto> AddEquipmentAsync(Guid stationId, EquipmentInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageFacilities);
        await scope.StationAsync(stationId, ct);
        if (string.IsNullOrWhiteSpace(input.Name) || input.Quantity < 0)
        {
            throw new DomainValidationException("name", "facilities.equipment");
        }

        var item = new EquipmentItem { Id = Guid.CreateVersion7(), OrgUnitId = stationId, Name = TextFolding.Nfc(input.Name), Quantity = input.Quantity, Condition = input.Condition, ReceivedOn = input.ReceivedOn };
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return new EquipmentDto(item.Id, item.Name, item.Quantity, item.Condition, item.ReceivedOn);
    }

    /// <summary>Changes an item's quantity and condition. An item of another station (or none) is not found.</summary>
    public async Task<EquipmentDto> UpdateEquipmentAsync(Guid stationId, Guid itemId, EquipmentUpdateInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageFacilities);
        var item = await EquipmentItemAsync(stationId, itemId, ct);
        if (input.Quantity < 0)
        {
            throw new DomainValidationException("quantity", "facilities.equipment.quantity");
        }

        item.Quantity = input.Quantity;
        item.Condition = input.Condition;
        await db.SaveChangesAsync(ct);
        return new EquipmentDto(item.Id, item.Name, item.Quantity, item.Condition, item.ReceivedOn);
    }

    /// <summary>Removes an item entered by mistake or no longer held (a broken item still held stays, marked Broken).</summary>
    public async Task RemoveEquipmentAsync(Guid stationId, Guid itemId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageFacilities);
        db.Remove(await EquipmentItemAsync(stationId, itemId, ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task<EquipmentItem> EquipmentItemAsync(Guid stationId, Guid itemId, CancellationToken ct)
    {
        await scope.StationAsync(stationId, ct);
        return await db.Set<EquipmentItem>().FirstOrDefaultAsync(e => e.Id == itemId && e.OrgUnitId == stationId, ct) ?? throw new NotFoundException();
    }

    public IReadOnlyList<TechnicalService> Catalogue => catalogue.All;

    public async Task<StationServicesDto> ServicesAsync(Guid stationId, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        var codes = await db.Set<StationService>().AsNoTracking().Where(s => s.OrgUnitId == stationId).OrderBy(s => s.ServiceCode).Select(s => s.ServiceCode).ToListAsync(ct);
        return StationServicesDto.Of(stationId, codes, ServiceCoverage.Of(codes, catalogue.All.ToList()));
    }

    /// <summary>Replaces the set of services the station performs.</summary>
    public async Task<StationServicesDto> SetServicesAsync(Guid stationId, IReadOnlyList<string> codes, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageFacilities);
        await scope.StationAsync(stationId, ct);
        var wanted = codes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var errors = new ValidationErrors();
        foreach (var unknown in wanted.Where(c => !catalogue.Contains(c)))
        {
            errors.Add("codes", "facilities.service.unknown", unknown);
        }

        errors.ThrowIfInvalid();
        var existing = await db.Set<StationService>().Where(s => s.OrgUnitId == stationId).ToListAsync(ct);
        db.RemoveRange(existing.Where(e => !wanted.Contains(e.ServiceCode)));
        var today = VietnamClock.Today(time);
        foreach (var code in wanted.Where(c => existing.All(e => e.ServiceCode != c)))
        {
            db.Add(new StationService { OrgUnitId = stationId, ServiceCode = code, Since = today });
        }

        await db.SaveChangesAsync(ct);
        return await ServicesAsync(stationId, ct);
    }

    /// <summary>Coverage of every station in scope (for gap views).</summary>
    public async Task<IReadOnlyDictionary<Guid, ServiceCoverage>> CoverageAsync(IReadOnlyList<Guid> stationIds, CancellationToken ct = default)
    {
        var rows = await scope.Filter(db.Set<StationService>().AsNoTracking(), s => s.OrgUnitId).Where(s => stationIds.Contains(s.OrgUnitId)).ToListAsync(ct);
        var list = catalogue.All.ToList();
        return stationIds.ToDictionary(id => id, id => ServiceCoverage.Of(rows.Where(r => r.OrgUnitId == id).Select(r => r.ServiceCode), list));
    }
}
