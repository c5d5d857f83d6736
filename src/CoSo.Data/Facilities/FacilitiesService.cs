using CoSo.Core.Common;
using CoSo.Core.Facilities;
using CoSo.Data.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Facilities;

/// <summary>A station's premises, equipment and technical services. Scoped through <see cref="OrgScope"/>.</summary>
public sealed class FacilitiesService(CoSoDbContext db, OrgScope scope, TechnicalServiceCatalogue catalogue, TimeProvider time)
{
    public async Task<FacilityInput?> GetAsync(Guid stationId, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        var f = await db.Set<StationFacility>().AsNoTracking().FirstOrDefaultAsync(x => x.OrgUnitId == stationId, ct);
        return f is null ? null : new FacilityInput(f.BuildingCondition, f.Rooms, f.CleanWater, f.Electricity, f.Internet, f.BuildYear, f.MedicineCategories, f.BhytEligible, f.BhytContractStart, f.BhytContractEnd);
    }

    public async Task<FacilityInput> SaveAsync(Guid stationId, FacilityInput input, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        var errors = new ValidationErrors();
        if (input.Rooms is < 0 or > 100)
        {
            errors.Add("rooms", "facilities.rooms");
        }

        if (input.BhytContractStart is { } s && input.BhytContractEnd is { } e && e < s)
        {
            errors.Add("bhytContractEnd", "workforce.posting.dates");
        }

        errors.ThrowIfInvalid();
        var f = await db.Set<StationFacility>().FirstOrDefaultAsync(x => x.OrgUnitId == stationId, ct);
        if (f is null)
        {
            f = new StationFacility { OrgUnitId = stationId };
            db.Add(f);
        }

        f.BuildingCondition = input.BuildingCondition;
        f.Rooms = input.Rooms;
        f.CleanWater = input.CleanWater;
        f.Electricity = input.Electricity;
        f.Internet = input.Internet;
        f.BuildYear = input.BuildYear;
        f.MedicineCategories = string.IsNullOrWhiteSpace(input.MedicineCategories) ? null : TextFolding.Nfc(input.MedicineCategories);
        f.BhytEligible = input.BhytEligible;
        f.BhytContractStart = input.BhytContractStart;
        f.BhytContractEnd = input.BhytContractEnd;
        f.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return input;
    }

    public async Task<IReadOnlyList<EquipmentDto>> EquipmentAsync(Guid stationId, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        return await scope.Filter(db.Set<EquipmentItem>().AsNoTracking(), e => e.OrgUnitId).Where(e => e.OrgUnitId == stationId)
            .OrderBy(e => e.Name).Select(e => new EquipmentDto(e.Id, e.Name, e.Quantity, e.Condition, e.ReceivedOn)).ToListAsync(ct);
    }

    public async Task<EquipmentDto> AddEquipmentAsync(Guid stationId, EquipmentInput input, CancellationToken ct = default)
    {
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
