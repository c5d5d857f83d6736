namespace CoSo.Core.Indicators;

/// <summary>
/// Which population each unit's T1 and T3 are divided by in a year (docs/indicators.md, "Population denominator"):
/// <list type="bullet">
/// <item>a unit's own figure of that year, or else of the latest earlier year (a figure serves until a newer one is
/// given; a figure of a later year is never used for an earlier one);</item>
/// <item>a unit above the stations without a figure of its own: the sum of its sub-units' populations (own or summed in
/// turn), but only when every sub-unit with a station below it has one — a partial sum would divide the whole unit's
/// numerator by part of its population;</item>
/// <item>a station without a figure, or a unit where a part is missing: none (the indicator is judged on the registry).</item>
/// </list>
/// An own figure wins over the sum below it: a province usually has an official estimate (GSO) before its communes do.
/// </summary>
public static class PopulationDenominators
{
    public static IReadOnlyDictionary<Guid, UnitPopulation> Resolve(
        IReadOnlyCollection<TreeNode> tree, IReadOnlySet<Guid> stations, IEnumerable<PopulationFigure> figures, int year)
    {
        var own = figures.Where(f => f.Year <= year).GroupBy(f => f.OrgUnitId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Year).First());
        var children = tree.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value, n => n.Id);
        var result = new Dictionary<Guid, UnitPopulation>();
        var hasStation = new Dictionary<Guid, bool>();

        bool HasStation(Guid id, int depth)
        {
            if (hasStation.TryGetValue(id, out var known))
            {
                return known;
            }

            Guard(depth, id);
            var any = stations.Contains(id) || children[id].Any(c => HasStation(c, depth + 1));
            hasStation[id] = any;
            return any;
        }

        // Each unit once, children before parents (memoised recursion; the tree's depth is small).
        var done = new HashSet<Guid>();
        UnitPopulation? Of(Guid id, int depth)
        {
            if (done.Contains(id))
            {
                return result.GetValueOrDefault(id);
            }

            Guard(depth, id);
            done.Add(id);
            UnitPopulation? value = null;
            if (own.TryGetValue(id, out var figure))
            {
                value = new UnitPopulation(id, figure.Population, true, figure.Year, figure.Year, 0, figure.Source);
            }
            else if (!stations.Contains(id))
            {
                var parts = children[id].Where(c => HasStation(c, depth + 1)).Select(c => Of(c, depth + 1)).ToList();
                if (parts.Count > 0 && parts.All(p => p is not null))
                {
                    value = new UnitPopulation(id, parts.Sum(p => p!.Population), false, parts.Min(p => p!.FromYear), parts.Max(p => p!.ToYear), parts.Count, null);
                }
            }

            if (value is not null)
            {
                result[id] = value;
            }

            return value;
        }

        foreach (var node in tree)
        {
            Of(node.Id, 0);
        }

        return result;
    }

    private static void Guard(int depth, Guid id)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException($"The org tree has a cycle below {id}.");
        }
    }
}
