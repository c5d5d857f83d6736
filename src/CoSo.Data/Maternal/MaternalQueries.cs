using CoSo.Core.Common;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>Lookups of maternal rows in the actor's scope (<see cref="PersonOwnedQueries.Visible{T}"/>).</summary>
internal static class MaternalQueries
{
    /// <summary>A pregnancy of a woman in scope, tracked for an update; out of scope answers 404 like a missing one.</summary>
    public static async Task<Pregnancy> FindPregnancyAsync(this CoSoDbContext db, Guid id, CancellationToken ct) =>
        await db.Visible<Pregnancy>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();

    /// <summary>A woman in scope (the automatic person filter), tracked.</summary>
    public static async Task<Person> FindWomanAsync(this CoSoDbContext db, Guid personId, CancellationToken ct) =>
        await db.People.FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
}
