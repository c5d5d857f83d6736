using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

/// <summary>
/// Rows about a resident (maternal care, growth, vitamin A, family planning) are reached through the resident: a row is
/// visible when its resident is in the actor's scope by managing station OR village, so a village health worker sees
/// the pregnant women, children and contraceptive users of the village, like the chronic registry (ADR 0005). The
/// rows' own filter matches their station only, and IgnoreQueryFilters switches filters off for the whole query, so
/// the person-scope rule of CoSoDbContext is restated here; VillageReportTests and WeighingDueTests check it for a
/// village worker and for another station.
/// </summary>
internal static class PersonOwnedQueries
{
    public static IQueryable<T> Visible<T>(this CoSoDbContext db)
        where T : class, IPersonOwned
    {
        var all = db.Actor.Scope.All;
        var ids = db.Actor.Scope.UnitIds;
        var rows = db.Set<T>().Unfiltered(UnscopedReason.ThroughVisibleResident);
        return all ? rows : rows.Where(e => db.People.Any(p => p.ProvinceCode == e.ProvinceCode && p.Id == EF.Property<Guid>(e, "PersonId")
            && (ids.Contains(p.OrgUnitId) || (p.VillageId != null && ids.Contains(p.VillageId.Value)))));
    }
}
