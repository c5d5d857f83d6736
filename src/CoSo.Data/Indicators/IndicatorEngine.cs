using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Data.Indicators.Population;
using CoSo.Data.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators;

/// <summary>
/// Computes indicator results per station and rolls them up the org tree (sums of numerators and denominators),
/// either for the (station, month) pairs marked dirty, or for every station of a month. A definition judged on the
/// population (T1, T3) also gets each written unit's population of the period's year (<see cref="PopulationDenominators"/>).
/// The sources' reads go to the read database (<see cref="ReadUse.IndicatorRecomputation"/>: a standby caught up with the
/// primary when the run starts); the marks and the results are read and written on the primary.
/// </summary>
public sealed class IndicatorEngine(CoSoDbContext db, IndicatorRegistry registry, TimeProvider time, IReadOnlyDbContextFactory reads)
{
    /// <summary>Recomputes the dirty pairs present when it starts; marks added meanwhile wait for the next run.</summary>
    public async Task<RecomputeSummary> RecomputeDirtyAsync(CancellationToken ct = default)
    {
        var marks = await db.Set<IndicatorDirtyMark>().AsNoTracking().Select(m => new { m.Id, m.OrgUnitId, m.Period, m.Source }).ToListAsync(ct);
        if (marks.Count == 0)
        {
            return new RecomputeSummary(0, 0);
        }

        var written = 0;
        var pairs = 0;
        foreach (var byPeriod in marks.GroupBy(m => m.Period))
        {
            if (!Period.TryParse(byPeriod.Key, out var month))
            {
                continue;
            }

            // Each indicator is recomputed for the stations whose marks name one of its inputs (or name nothing).
            var units = byPeriod.Select(m => m.OrgUnitId).Distinct().ToList();
            pairs += units.Count;
            written += await RecomputeAsync(month, source => byPeriod
                .Where(m => m.Source is null || source.Inputs is null || source.Inputs.Any(t => t.Name == m.Source))
                .Select(m => m.OrgUnitId).Distinct().ToList(), ct);
        }

        var ids = marks.Select(m => m.Id).ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            await db.Set<IndicatorDirtyMark>().Where(m => chunk.Contains(m.Id)).ExecuteDeleteAsync(ct);
        }

        return new RecomputeSummary(pairs, written);
    }

    /// <summary>Recomputes every station of the month (and the quarter/year containing it for such indicators).</summary>
    public async Task<RecomputeSummary> RecomputeAllAsync(Period month, CancellationToken ct = default)
    {
        var stations = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).Select(u => u.Id).ToListAsync(ct);
        return new RecomputeSummary(stations.Count, await RecomputeAsync(month, stations, ct));
    }

    /// <summary>Recomputes the given units' stations for the month, and the totals of every unit above them.</summary>
    public Task<int> RecomputeAsync(Period month, IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default) =>
        RecomputeAsync(month, _ => unitIds, ct);

    /// <summary>
    /// Recomputes, for each indicator, the stations of the units it is given (none: skipped), and the totals above them.
    /// Two runs at once (the minute job and an administrator's recompute, or two nodes' requests) may both find no row
    /// for a unit and both insert it: the loser's save fails on the unique key and nothing of it is kept, so it runs
    /// again, now updating the rows the winner wrote (a run is a pure function of the sources: the values are the same).
    /// </summary>
    private async Task<int> RecomputeAsync(Period month, Func<IIndicatorSource, IReadOnlyCollection<Guid>> unitsFor, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecomputeOnceAsync(month, unitsFor, ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 100) * attempt), time, ct);
            }
        }
    }

    private async Task<int> RecomputeOnceAsync(Period month, Func<IIndicatorSource, IReadOnlyCollection<Guid>> unitsFor, CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Kind }).ToListAsync(ct);
        var tree = units.Select(u => new TreeNode(u.Id, u.ParentId)).ToList();
        var stationSet = units.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).Select(u => u.Id).ToHashSet();
        var now = time.GetUtcNow();
        var written = 0;
        await using var read = await reads.CreateAsync(ReadUse.IndicatorRecomputation, ct);
        var populations = new Dictionary<int, IReadOnlyDictionary<Guid, UnitPopulation>>();
        foreach (var source in registry.All)
        {
            // A mark may name a village (a visit's facility): its station is the nearest station above it.
            var stations = unitsFor(source).Select(id => RollUp.SelfAndAncestors(id, tree).FirstOrDefault(stationSet.Contains))
                .Where(id => id != Guid.Empty).Distinct().ToList();
            if (stations.Count == 0)
            {
                continue;
            }

            var above = stations.SelectMany(s => RollUp.SelfAndAncestors(s, tree).Skip(1)).ToHashSet();
            var definition = source.Definition;
            var period = month.As(definition.PeriodType);
            var key = period.ToString();
            var existing = await db.Set<IndicatorResult>().Where(r => r.IndicatorCode == definition.Code && r.Period == key).ToListAsync(ct);
            var byUnit = existing.ToDictionary(r => r.OrgUnitId);

            if (!definition.DataAvailable)
            {
                foreach (var unit in stations.Concat(above))
                {
                    written += Upsert(byUnit, definition.Code, key, new UnitValue(unit, 0, 0), IndicatorStatus.NoData, now);
                }

                continue;
            }

            var partial = source is IPartialIndicatorSource p ? await p.ComputePartialAsync(read, period, stations, ct) : null;
            var computed = (partial?.Values ?? await source.ComputeAsync(read, period, stations, ct)).ToDictionary(v => v.OrgUnitId);
            foreach (var station in stations)
            {
                var value = computed.GetValueOrDefault(station, new UnitValue(station, 0, 0));
                var status = partial is null || partial.StationsWithData.Contains(station) ? IndicatorStatus.Ok : IndicatorStatus.NoData;
                written += Upsert(byUnit, definition.Code, key, value with { OrgUnitId = station }, status, now);
            }

            // Totals above: the sum of every station's stored value (fresh ones included), never a mean of rates.
            // A partial source's stations without data of their own count too, but only under a unit where some station has data.
            var stationRows = byUnit.Values.Where(r => stationSet.Contains(r.OrgUnitId)).ToList();
            var okLeaves = stationRows.Where(r => r.Status == IndicatorStatus.Ok).Select(r => new UnitValue(r.OrgUnitId, r.Numerator, r.Denominator)).ToList();
            var withData = RollUp.Compute(okLeaves, tree);
            var totals = partial is null ? withData : RollUp.Compute(stationRows.Select(r => new UnitValue(r.OrgUnitId, r.Numerator, r.Denominator)), tree);
            foreach (var unit in above)
            {
                var status = partial is null || withData.ContainsKey(unit) ? IndicatorStatus.Ok : IndicatorStatus.NoData;
                written += Upsert(byUnit, definition.Code, key, totals.GetValueOrDefault(unit, new UnitValue(unit, 0, 0)) with { OrgUnitId = unit }, status, now);
            }

            if (definition.JudgedOnPopulation)
            {
                var year = period.Start.Year;
                if (!populations.TryGetValue(year, out var byYear))
                {
                    byYear = await PopulationLookup.ForYearAsync(read, tree, stationSet, year, ct);
                    populations[year] = byYear;
                }

                foreach (var unit in stations.Concat(above))
                {
                    byUnit[unit].Population = byYear.GetValueOrDefault(unit)?.Population;
                }
            }

            if (source is IDisaggregatedSource disaggregated && definition.Disaggregations.Count > 0)
            {
                written += await BreakDownAsync(read, disaggregated, period, stations, above, stationSet, tree, now, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return written;
    }

    /// <summary>
    /// The categories of the definition's disaggregations for the stations, then their sums for every unit above —
    /// the same rule as the totals. A category a station no longer has is set to 0/0, not left stale.
    /// </summary>
    private async Task<int> BreakDownAsync(CoSoDbContext read, IDisaggregatedSource source, Period period, List<Guid> stations, HashSet<Guid> above, HashSet<Guid> stationSet,
        IReadOnlyList<TreeNode> tree, DateTimeOffset now, CancellationToken ct)
    {
        var definition = source.Definition;
        var key = period.ToString();
        var dimensions = definition.Disaggregations.Select(d => d == AgeBands.AgeGroup ? "age:" : d + ":").ToList();
        var rows = await db.Set<IndicatorBreakdown>().Where(r => r.IndicatorCode == definition.Code && r.Period == key).ToListAsync(ct);
        var byKey = rows.ToDictionary(r => (r.OrgUnitId, r.Category));
        var stationsToDo = stations.ToHashSet();
        var written = 0;

        void Set(Guid unit, string category, long numerator, long denominator)
        {
            if (!byKey.TryGetValue((unit, category), out var row))
            {
                row = new IndicatorBreakdown { Id = Guid.CreateVersion7(), IndicatorCode = definition.Code, OrgUnitId = unit, Period = key, Category = category };
                byKey[(unit, category)] = row;
                db.Set<IndicatorBreakdown>().Add(row);
            }

            (row.Numerator, row.Denominator, row.ComputedAt) = (numerator, denominator, now);
            written++;
        }

        foreach (var stale in byKey.Values.Where(r => stationsToDo.Contains(r.OrgUnitId)).ToList())
        {
            Set(stale.OrgUnitId, stale.Category, 0, 0);
        }

        foreach (var value in await source.ComputeBreakdownAsync(read, period, stations, ct))
        {
            if (stationsToDo.Contains(value.OrgUnitId) && dimensions.Any(d => value.Category.StartsWith(d, StringComparison.Ordinal)))
            {
                Set(value.OrgUnitId, value.Category, value.Numerator, value.Denominator);
            }
        }

        foreach (var category in byKey.Keys.Select(k => k.Category).Distinct().ToList())
        {
            var leaves = byKey.Values.Where(r => r.Category == category && stationSet.Contains(r.OrgUnitId))
                .Select(r => new UnitValue(r.OrgUnitId, r.Numerator, r.Denominator));
            var totals = RollUp.Compute(leaves, tree);
            foreach (var unit in above)
            {
                var total = totals.GetValueOrDefault(unit, new UnitValue(unit, 0, 0));
                Set(unit, category, total.Numerator, total.Denominator);
            }
        }

        return written;
    }

    private int Upsert(Dictionary<Guid, IndicatorResult> byUnit, string code, string period, UnitValue value, IndicatorStatus status, DateTimeOffset now)
    {
        if (!byUnit.TryGetValue(value.OrgUnitId, out var row))
        {
            row = new IndicatorResult { Id = Guid.CreateVersion7(), IndicatorCode = code, OrgUnitId = value.OrgUnitId, Period = period };
            byUnit[value.OrgUnitId] = row;
            db.Set<IndicatorResult>().Add(row);
        }

        row.Numerator = value.Numerator;
        row.Denominator = value.Denominator;
        row.Status = status;
        row.ComputedAt = now;
        return 1;
    }
}
