using CoSo.Core.Chronic;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>
/// Chronic rows are reached through the resident: a row is visible when its resident is in the actor's scope by
/// managing station OR village, so a village health worker sees the patients of his or her village (the automatic
/// filter on the enrolment's station could not express that).
/// IgnoreQueryFilters switches filters off for the WHOLE query (subqueries included), so the person-scope rule of
/// CoSoDbContext is restated here explicitly; OverdueOutcomeTests checks it for a VHW and for another station.
/// </summary>
internal static class ChronicQueries
{
    public static IQueryable<ChronicEnrolment> VisibleEnrolments(this CoSoDbContext db)
    {
        var all = db.Actor.Scope.All;
        var ids = db.Actor.Scope.UnitIds;
        var enrolments = db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.ThroughVisibleResident);
        return all ? enrolments : enrolments.Where(e => db.People.Any(p => p.ProvinceCode == e.ProvinceCode && p.Id == e.PersonId
            && (ids.Contains(p.OrgUnitId) || (p.VillageId != null && ids.Contains(p.VillageId.Value)))));
    }

    public static async Task<ChronicEnrolment> FindEnrolmentAsync(this CoSoDbContext db, Guid id, CancellationToken ct) =>
        await db.VisibleEnrolments().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new Core.Common.NotFoundException();
}
