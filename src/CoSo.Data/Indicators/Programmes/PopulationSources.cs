using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Indicators.Sources;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// POP.births: residents (not merged) of the station born in the period / residents managed on its last day (‰).
/// A birth counts where the child is registered; a child registered later is counted when the period is recomputed.
/// </summary>
public sealed class BirthsSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person)];

    public IndicatorDefinition Definition => ReportIndicators.BirthsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var births = await db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null && p.BirthDate >= from && p.BirthDate <= to)
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return await PopulationDenominator.WithAsync(db, period, stationIds, births, ct);
    }

    public async Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var births = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null && p.BirthDate >= from && p.BirthDate <= to);
        return Banded.Combine(await Banded.CountAsync(Banded.Select(births), to, ct), await Banded.CountAsync(Banded.Managed(db, to, stationIds, _ => false), to, ct));
    }
}

/// <summary>POP.deaths: residents (not merged) of the station who died in the period / residents managed on its last day (‰).</summary>
public sealed class DeathsSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person)];

    public IndicatorDefinition Definition => ReportIndicators.DeathsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var deaths = await db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null && p.IsDeceased && p.DeceasedOn >= from && p.DeceasedOn <= to)
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return await PopulationDenominator.WithAsync(db, period, stationIds, deaths, ct);
    }

    public async Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        // Age at death is taken on the period's last day, like the population it is divided by.
        var (from, to) = (period.Start, period.End);
        var deaths = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null && p.IsDeceased && p.DeceasedOn >= from && p.DeceasedOn <= to);
        return Banded.Combine(await Banded.CountAsync(Banded.Select(deaths), to, ct), await Banded.CountAsync(Banded.Managed(db, to, stationIds, _ => false), to, ct));
    }
}

/// <summary>
/// MCH.infantDeaths: residents who died in the period before their first birthday / residents born in the period (‰).
/// The ratio of a single month is noisy; the yearly report form uses the year's figure.
/// </summary>
public sealed class InfantDeathsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person)];

    public IndicatorDefinition Definition => ReportIndicators.InfantDeathsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var people = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null);
        var deaths = await people
            .Where(p => p.IsDeceased && p.DeceasedOn >= from && p.DeceasedOn <= to && p.BirthDate != null && p.DeceasedOn < p.BirthDate.Value.AddYears(1))
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var births = await people.Where(p => p.BirthDate >= from && p.BirthDate <= to)
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, deaths.GetValueOrDefault(s), births.GetValueOrDefault(s))).ToList();
    }
}

/// <summary>
/// MCH.neonatalDeaths: residents who died in the period within their first 28 days (died before birth date + 28 days)
/// / residents born in the period (‰).
/// </summary>
public sealed class NeonatalDeathsSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Person)];

    public IndicatorDefinition Definition => ReportIndicators.NeonatalDeathsDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var people = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null);
        var deaths = await people
            .Where(p => p.IsDeceased && p.DeceasedOn >= from && p.DeceasedOn <= to && p.BirthDate != null && p.DeceasedOn < p.BirthDate.Value.AddDays(28))
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var births = await people.Where(p => p.BirthDate >= from && p.BirthDate <= to)
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, deaths.GetValueOrDefault(s), births.GetValueOrDefault(s))).ToList();
    }
}

/// <summary>The residents managed on the period's last day (the denominator of T1 and T3) per station, paired with a count.</summary>
internal static class PopulationDenominator
{
    public static async Task<IReadOnlyList<UnitValue>> WithAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, Dictionary<Guid, int> numerators, CancellationToken ct)
    {
        var managed = await ManagedResidents.On(db, period.End, stationIds).GroupBy(p => p.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, numerators.GetValueOrDefault(s), managed.GetValueOrDefault(s))).ToList();
    }
}
