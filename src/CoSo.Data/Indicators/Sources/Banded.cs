using System.Linq.Expressions;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// Counts residents per station by sex and age band in one grouped SQL query (the CASE mirrors
/// <see cref="AgeBands.BandOf"/>), then folds the groups into the category values "sex:M", "sex:F", "age:…".
/// </summary>
public static class Banded
{
    public static async Task<IReadOnlyList<CategoryValue>> CountAsync(IQueryable<BandInput> input, DateOnly on, CancellationToken ct)
    {
        // Aged at least N on `on` ⇔ born on or before on − N years; a birth year alone means 1 January of that year.
        var (d1, d5, d15, d60) = (on.AddYears(-1), on.AddYears(-5), on.AddYears(-15), on.AddYears(-60));
        var (y1, y5, y15, y60) = (d1.Year, d5.Year, d15.Year, d60.Year);
        var groups = await input
            .Select(r => new
            {
                r.OrgUnitId,
                r.Sex,
                Band = r.BirthDate != null
                    ? (r.BirthDate <= d60 ? 4 : r.BirthDate <= d15 ? 3 : r.BirthDate <= d5 ? 2 : r.BirthDate <= d1 ? 1 : 0)
                    : (r.BirthYear <= y60 ? 4 : r.BirthYear <= y15 ? 3 : r.BirthYear <= y5 ? 2 : r.BirthYear <= y1 ? 1 : 0),
                r.Counted,
            })
            .GroupBy(r => new { r.OrgUnitId, r.Sex, r.Band })
            .Select(g => new { g.Key.OrgUnitId, g.Key.Sex, g.Key.Band, Denominator = g.Count(), Numerator = g.Count(r => r.Counted) })
            .ToListAsync(ct);

        var bySex = groups.GroupBy(g => (g.OrgUnitId, Key: AgeBands.SexKey(g.Sex)));
        var byAge = groups.GroupBy(g => (g.OrgUnitId, Key: AgeBands.Keys[g.Band]));
        return bySex.Concat(byAge)
            .Select(g => new CategoryValue(g.Key.OrgUnitId, g.Key.Key, g.Sum(x => (long)x.Numerator), g.Sum(x => (long)x.Denominator)))
            .ToList();
    }

    /// <summary>Numerators from one count and denominators from another (e.g. deaths over the managed population).</summary>
    public static IReadOnlyList<CategoryValue> Combine(IReadOnlyList<CategoryValue> numerators, IReadOnlyList<CategoryValue> denominators)
    {
        var n = numerators.ToDictionary(v => (v.OrgUnitId, v.Category), v => v.Denominator);
        var d = denominators.ToDictionary(v => (v.OrgUnitId, v.Category), v => v.Denominator);
        return n.Keys.Union(d.Keys).Select(k => new CategoryValue(k.OrgUnitId, k.Category, n.GetValueOrDefault(k), d.GetValueOrDefault(k))).ToList();
    }

    /// <summary>Any residents as band input, all counted.</summary>
    public static IQueryable<BandInput> Select(IQueryable<Person> people) =>
        people.Select(p => new BandInput { OrgUnitId = p.OrgUnitId, Sex = p.Sex, BirthDate = p.BirthDate, BirthYear = p.BirthYear, Counted = true });

    /// <summary>The managed residents of <see cref="ManagedResidents.On"/> as band input, counted when <paramref name="counted"/> holds.</summary>
    public static IQueryable<BandInput> Managed(CoSoDbContext db, DateOnly on, IReadOnlyCollection<Guid> stationIds, Expression<Func<Person, bool>> counted) =>
        ManagedResidents.On(db, on, stationIds).Select(Project(counted));

    /// <summary>p => new BandInput { …, Counted = counted(p) }, built so that the condition translates to SQL.</summary>
    private static Expression<Func<Person, BandInput>> Project(Expression<Func<Person, bool>> counted)
    {
        Expression<Func<Person, BandInput>> template = p => new BandInput { OrgUnitId = p.OrgUnitId, Sex = p.Sex, BirthDate = p.BirthDate, BirthYear = p.BirthYear, Counted = false };
        var init = (MemberInitExpression)template.Body;
        var body = ReplacingExpressionVisitor.Replace(counted.Parameters[0], template.Parameters[0], counted.Body);
        var bindings = init.Bindings.Cast<MemberAssignment>().Select(b => b.Member.Name == nameof(BandInput.Counted) ? Expression.Bind(b.Member, body) : b);
        return Expression.Lambda<Func<Person, BandInput>>(Expression.MemberInit(init.NewExpression, bindings), template.Parameters);
    }
}
