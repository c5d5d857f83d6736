using CoSo.Core.Indicators;
using CoSo.Core.Nutrition;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Nutrition;

/// <summary>
/// NUT.vitaminA: children aged 6–36 months on the period's last day who had a dose in the six months up to it, over
/// the children of that age the station manages — the coverage of the twice-yearly rounds.
/// </summary>
public sealed class VitaminACoverageSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(VitaminADose), typeof(Person)];

    public IndicatorDefinition Definition => NutritionIndicators.VitaminADefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var end = period.End;
        var (youngest, oldest, since) = (end.AddMonths(-VitaminARules.MinAgeMonths), end.AddMonths(-VitaminARules.CampaignMaxAgeMonths - 1), end.AddMonths(-6));
        var children = db.Set<Person>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(p => stationIds.Contains(p.OrgUnitId) && p.MergedIntoId == null && p.BirthDate != null && p.BirthDate <= youngest && p.BirthDate > oldest
                && (!p.IsDeceased || p.DeceasedOn > end) && (!p.MovedAway || p.MovedAwayOn > end));
        var all = await children.GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        var given = await children
            .Where(p => db.Set<VitaminADose>().Any(d => d.ProvinceCode == p.ProvinceCode && d.PersonId == p.Id && d.GivenOn > since && d.GivenOn <= end))
            .GroupBy(p => p.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);
        return stationIds.Select(s => new UnitValue(s, given.GetValueOrDefault(s), all.GetValueOrDefault(s))).ToList();
    }
}
