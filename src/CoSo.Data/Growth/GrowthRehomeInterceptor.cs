using CoSo.Core.Audit;
using CoSo.Core.Growth;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.Growth;

/// <summary>
/// A child's measurements follow the child, like the immunization card: when the managing station changes, or the
/// record is merged into another, every measurement is re-homed (station, and resident for a merge) in the same
/// SaveChanges, each move audited. The rows were written under the old scope, hence the unfiltered read.
/// </summary>
public sealed class GrowthRehomeInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var move in Moves(db))
            {
                Apply(db, move, [.. Load(db, move)]);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var move in Moves(db))
            {
                Apply(db, move, await Load(db, move).ToListAsync(cancellationToken));
            }
        }

        return result;
    }

    private readonly record struct Move(string ProvinceCode, Guid FromPersonId, Guid ToPersonId, Guid ToOrgUnitId);

    private static List<Move> Moves(CoSoDbContext db)
    {
        var moves = new List<Move>();
        foreach (var entry in db.ChangeTracker.Entries<Person>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var person = entry.Entity;
            // A merge is moved by the merge itself (MergeRegistry, PeopleService.MergeAsync), not here.
            if (person.MergedIntoId is not null)
            {
                continue;
            }

            if (entry.Property(p => p.OrgUnitId).OriginalValue != person.OrgUnitId)
            {
                moves.Add(new Move(person.ProvinceCode, person.Id, person.Id, person.OrgUnitId));
            }
        }

        return moves;
    }

    private static IQueryable<GrowthMeasurement> Load(CoSoDbContext db, Move move) =>
        db.Set<GrowthMeasurement>().Unfiltered(UnscopedReason.ResidentMove).Where(m => m.ProvinceCode == move.ProvinceCode && m.PersonId == move.FromPersonId
            && (m.OrgUnitId != move.ToOrgUnitId || move.FromPersonId != move.ToPersonId));

    private static void Apply(CoSoDbContext db, Move move, List<GrowthMeasurement> rows)
    {
        foreach (var m in rows)
        {
            m.OrgUnitId = move.ToOrgUnitId;
            m.PersonId = move.ToPersonId;
            db.AuditRead(AuditActions.Update, nameof(GrowthMeasurement), m.Id, move.ToPersonId, move.ProvinceCode);
        }
    }
}
