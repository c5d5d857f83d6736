namespace CoSo.Core.Identity;

/// <summary>
/// The org units whose person-level data a user may see: the units they work in and all units below.
/// A person row is in scope when its managing unit or its village is one of them.
/// </summary>
public sealed class AccessScope
{
    private readonly HashSet<Guid> _set;

    public AccessScope(bool all, IEnumerable<Guid> unitIds)
    {
        All = all;
        UnitIds = unitIds.Distinct().ToArray();
        _set = [.. UnitIds];
    }

    public static AccessScope Everything { get; } = new(true, []);

    public static AccessScope Nothing { get; } = new(false, []);

    public bool All { get; }

    public Guid[] UnitIds { get; }

    public bool Allows(Guid orgUnitId, Guid? villageId = null) =>
        All || _set.Contains(orgUnitId) || (villageId is { } v && _set.Contains(v));

    /// <summary>Builds a scope from the units a user works in and the org tree's materialised paths.</summary>
    public static AccessScope FromUnits(IEnumerable<Organisation.OrgUnit> assigned, IEnumerable<Organisation.OrgUnit> allUnits)
    {
        var roots = assigned.ToList();
        if (roots.Any(u => u.Kind == Organisation.OrgUnitKind.Nation))
        {
            return Everything;
        }

        var ids = allUnits.Where(u => roots.Any(r => u.Path.StartsWith(r.Path, StringComparison.Ordinal))).Select(u => u.Id);
        return new AccessScope(false, ids);
    }
}
