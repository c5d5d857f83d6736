namespace CoSo.Core.Indicators;

/// <summary>
/// Adds station values up the org tree (any depth, by parent links): every ancestor gets the SUM of the numerators
/// and the SUM of the denominators below it. Percentages are never averaged: 1/2 and 90/100 make 91/102 (89.2 %), not 70 %.
/// </summary>
public static class RollUp
{
    public static IReadOnlyDictionary<Guid, UnitValue> Compute(IEnumerable<UnitValue> leaves, IEnumerable<TreeNode> tree)
    {
        var parents = tree.ToDictionary(n => n.Id, n => n.ParentId);
        var totals = new Dictionary<Guid, (long N, long D)>();
        foreach (var leaf in leaves)
        {
            Guid? unit = leaf.OrgUnitId;
            var guard = 0;
            while (unit is { } id)
            {
                var t = totals.GetValueOrDefault(id);
                totals[id] = (t.N + leaf.Numerator, t.D + leaf.Denominator);
                unit = parents.GetValueOrDefault(id);
                if (++guard > 64)
                {
                    throw new InvalidOperationException($"The org tree has a cycle above {leaf.OrgUnitId}.");
                }
            }
        }

        return totals.ToDictionary(kv => kv.Key, kv => new UnitValue(kv.Key, kv.Value.N, kv.Value.D));
    }

    /// <summary>The unit and all its ancestors (the units whose totals change when this unit's value changes).</summary>
    public static IReadOnlyList<Guid> SelfAndAncestors(Guid unitId, IEnumerable<TreeNode> tree)
    {
        var parents = tree.ToDictionary(n => n.Id, n => n.ParentId);
        var list = new List<Guid>();
        Guid? unit = unitId;
        while (unit is { } id && list.Count < 64)
        {
            list.Add(id);
            unit = parents.GetValueOrDefault(id);
        }

        return list;
    }
}
