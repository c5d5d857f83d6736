using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Organisation;

/// <summary>Reads the organisation tree (reference data: visible to every signed-in user) and the admin-unit lists.</summary>
public sealed class OrgUnitService(CoSoDbContext db)
{
    public async Task<IReadOnlyList<OrgUnitDto>> ChildrenAsync(Guid? parentId, OrgUnitKind? kind = null, CancellationToken ct = default)
    {
        var q = db.OrgUnits.AsNoTracking().Where(u => u.ParentId == parentId && u.IsActive);
        if (kind is { } k)
        {
            q = q.Where(u => u.Kind == k);
        }

        return await q.OrderBy(u => u.Name).Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Depth, u.ProvinceCode, u.AdminUnitCode)).ToListAsync(ct);
    }

    public async Task<OrgUnitDto?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Depth, u.ProvinceCode, u.AdminUnitCode)).FirstOrDefaultAsync(ct);

    /// <summary>The unit's BHYT facility code (MA_CSKCB), if it has one.</summary>
    public async Task<string?> BhytCodeAsync(Guid id, CancellationToken ct = default) =>
        await db.OrgUnits.AsNoTracking().Where(u => u.Id == id).Select(u => u.BhytFacilityCode).FirstOrDefaultAsync(ct);

    /// <summary>The stations in the actor's scope (for pickers and the home page).</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> StationsInScopeAsync(CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        return await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .OrderBy(u => u.Name).Take(500)
            .Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Depth, u.ProvinceCode, u.AdminUnitCode)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AdminUnit>> CommunesAsync(string provinceCode, AdminEdition edition = AdminEdition.Current2025, CancellationToken ct = default) =>
        await db.AdminUnits.AsNoTracking()
            .Where(a => a.Edition == edition && a.Level == AdminLevel.Commune && a.ProvinceCode == provinceCode)
            .OrderBy(a => a.Code).ToListAsync(ct);

    /// <summary>Maps a pre-2025 commune code (as on old BHYT cards and records) to the commune(s) it became.</summary>
    public async Task<IReadOnlyList<AdminUnit>> SuccessorsOfAsync(string oldCommuneCode, CancellationToken ct = default)
    {
        var codes = await db.AdminUnitSuccessors.AsNoTracking().Where(s => s.OldCommuneCode == oldCommuneCode)
            .OrderByDescending(s => s.IsPrimary).Select(s => s.NewCommuneCode).ToListAsync(ct);
        var units = await db.AdminUnits.AsNoTracking().Where(a => a.Edition == AdminEdition.Current2025 && codes.Contains(a.Code)).ToListAsync(ct);
        return codes.Select(c => units.First(u => u.Code == c)).ToList();
    }
}
