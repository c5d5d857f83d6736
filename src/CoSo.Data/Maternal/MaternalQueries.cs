using CoSo.Core.Common;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// Maternal rows are reached through the woman (or the newborn): a row is visible when its resident is in the actor's
/// scope by managing station OR village, so a village health worker sees the pregnant women of the village, like the
/// chronic registry (ADR 0005). IgnoreQueryFilters switches filters off for the whole query, so the person-scope rule
/// of CoSoDbContext is restated here; VillageReportTests checks it for a village worker and for another station.
/// </summary>
internal static class MaternalQueries
{
    public static IQueryable<T> Visible<T>(this CoSoDbContext db)
        where T : class, IPersonOwned
    {
        var all = db.Actor.Scope.All;
        var ids = db.Actor.Scope.UnitIds;
        var rows = db.Set<T>().IgnoreQueryFilters();
        return all ? rows : rows.Where(e => db.People.Any(p => p.ProvinceCode == e.ProvinceCode && p.Id == EF.Property<Guid>(e, "PersonId")
            && (ids.Contains(p.OrgUnitId) || (p.VillageId != null && ids.Contains(p.VillageId.Value)))));
    }

    /// <summary>A pregnancy of a woman in scope, tracked for an update; out of scope answers 404 like a missing one.</summary>
    public static async Task<Pregnancy> FindPregnancyAsync(this CoSoDbContext db, Guid id, CancellationToken ct) =>
        await db.Visible<Pregnancy>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>A woman in scope (the automatic person filter), tracked.</summary>
    public static async Task<Person> FindWomanAsync(this CoSoDbContext db, Guid personId, CancellationToken ct) =>
        await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
}
