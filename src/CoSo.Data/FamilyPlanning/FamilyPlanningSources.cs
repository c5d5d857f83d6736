using CoSo.Core.FamilyPlanning;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.FamilyPlanning;

/// <summary>FP.newUsers: residents whose first modern method (at any time) started in the period, by their station.</summary>
public sealed class FamilyPlanningNewUsersSource : IIndicatorSource
{
    private static readonly ContraceptiveMethod[] Modern = MethodRules.All.Where(r => r.Modern).Select(r => r.Method).ToArray();

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(ContraceptiveUse)];

    public IndicatorDefinition Definition => ReportIndicators.FamilyPlanningNewUsersDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var firsts = await db.Set<ContraceptiveUse>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(u => stationIds.Contains(u.OrgUnitId) && Modern.Contains(u.Method))
            .GroupBy(u => new { u.OrgUnitId, u.PersonId }).Select(g => new { g.Key.OrgUnitId, First = g.Min(u => u.StartedOn) })
            .Where(x => x.First >= from && x.First <= to)
            .GroupBy(x => x.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, firsts.GetValueOrDefault(s), 0)).ToList();
    }
}

/// <summary>
/// FP.cpr: women aged 15–49 (by birth year) using a modern method on the period's last day, over the women 15–49 the
/// station manages then. The report's denominator is usually married women 15–49; CoSo does not hold marital status,
/// so all women 15–49 (a lower rate) — said in the definition.
/// </summary>
public sealed class ContraceptivePrevalenceSource : IIndicatorSource
{
    private static readonly ContraceptiveMethod[] Modern = MethodRules.All.Where(r => r.Modern).Select(r => r.Method).ToArray();

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(ContraceptiveUse), typeof(Person)];

    public IndicatorDefinition Definition => ReportIndicators.ContraceptivePrevalenceDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var end = period.End;
        var (oldest, youngest) = (end.Year - 49, end.Year - 15);
        var women = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.Sex == Sex.Female && p.MergedIntoId == null && p.BirthYear >= oldest && p.BirthYear <= youngest
                && (!p.IsDeceased || p.DeceasedOn > end) && (!p.MovedAway || p.MovedAwayOn > end));
        var denominators = await women.GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var users = await women
            .Where(p => db.Set<ContraceptiveUse>().Any(u => u.ProvinceCode == p.ProvinceCode && u.PersonId == p.Id && Modern.Contains(u.Method)
                && u.StartedOn <= end && (u.StoppedOn == null || u.StoppedOn > end)))
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, users.GetValueOrDefault(s), denominators.GetValueOrDefault(s))).ToList();
    }
}
