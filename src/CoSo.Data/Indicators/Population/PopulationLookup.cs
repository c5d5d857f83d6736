using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Population;

/// <summary>Reads population figures and resolves each unit's population for a year (<see cref="PopulationDenominators"/>).</summary>
public static class PopulationLookup
{
    /// <summary>The kinds of unit that may carry a figure of their own: the units indicators are read for.</summary>
    public static bool MayHaveFigure(OrgUnitKind kind) =>
        kind is OrgUnitKind.Nation or OrgUnitKind.ProvincialHealthDepartment or OrgUnitKind.RegionalHealthCentre or OrgUnitKind.CommuneHealthStation;

    /// <summary>Every unit's population in the year, over the given tree (the engine's, already loaded).</summary>
    public static async Task<IReadOnlyDictionary<Guid, UnitPopulation>> ForYearAsync(
        CoSoDbContext db, IReadOnlyCollection<TreeNode> tree, IReadOnlySet<Guid> stations, int year, CancellationToken ct)
    {
        var figures = await db.Set<PopulationFigure>().AsNoTracking().Where(f => f.Year <= year).ToListAsync(ct);
        return PopulationDenominators.Resolve(tree, stations, figures, year);
    }

    /// <summary>The population of one unit in the year, resolved over its own subtree only (a dashboard's unit).</summary>
    public static async Task<UnitPopulation?> OfUnitAsync(CoSoDbContext db, OrgUnit unit, int year, CancellationToken ct)
    {
        var below = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unit.Path) && u.Kind != OrgUnitKind.Village && u.Kind != OrgUnitKind.VillageHealthPost)
            .Select(u => new { u.Id, u.ParentId, u.Kind }).ToListAsync(ct);
        var tree = below.Select(u => new TreeNode(u.Id, u.Id == unit.Id ? null : u.ParentId)).ToList();
        var stations = below.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).Select(u => u.Id).ToHashSet();
        var path = unit.Path;
        var figures = await db.Set<PopulationFigure>().AsNoTracking()
            .Where(f => f.Year <= year && db.OrgUnits.Any(u => u.Id == f.OrgUnitId && u.Path.StartsWith(path))).ToListAsync(ct);
        return PopulationDenominators.Resolve(tree, stations, figures, year).GetValueOrDefault(unit.Id);
    }
}
