using CoSo.Core.Audit;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.Maternal;

/// <summary>
/// Maternal rows follow their resident: when a woman's (or a newborn's) managing station changes, or the resident is
/// merged into another record, every pregnancy, antenatal contact, delivery, birth outcome, postnatal visit and
/// newborn check of the resident is re-homed in the same SaveChanges (same transaction), each moved row audited; a
/// merged newborn's birth outcome points at the kept record. The rows were written under the old station's scope,
/// hence the unfiltered reads by the resident's key.
/// </summary>
public sealed class MaternalRehomeInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var move in Moves(db))
            {
                Apply(db, move, await Load<Pregnancy>(db, move).ToListAsync(cancellationToken));
                Apply(db, move, await Load<AntenatalContact>(db, move).ToListAsync(cancellationToken));
                Apply(db, move, await Load<Delivery>(db, move).ToListAsync(cancellationToken));
                Apply(db, move, await Load<BirthOutcome>(db, move).ToListAsync(cancellationToken));
                Apply(db, move, await Load<PostnatalVisit>(db, move).ToListAsync(cancellationToken));
                Apply(db, move, await Load<NewbornCheck>(db, move).ToListAsync(cancellationToken));
                Repoint(db, move, await Newborns(db, move).ToListAsync(cancellationToken));
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var move in Moves(db))
            {
                Apply(db, move, [.. Load<Pregnancy>(db, move)]);
                Apply(db, move, [.. Load<AntenatalContact>(db, move)]);
                Apply(db, move, [.. Load<Delivery>(db, move)]);
                Apply(db, move, [.. Load<BirthOutcome>(db, move)]);
                Apply(db, move, [.. Load<PostnatalVisit>(db, move)]);
                Apply(db, move, [.. Load<NewbornCheck>(db, move)]);
                Repoint(db, move, [.. Newborns(db, move)]);
            }
        }

        return result;
    }

    private readonly record struct Move(string ProvinceCode, Guid FromPersonId, Guid ToPersonId, Guid ToOrgUnitId)
    {
        public bool IsMerge => FromPersonId != ToPersonId;
    }

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

    private static IQueryable<T> Load<T>(CoSoDbContext db, Move move)
        where T : class, IPersonOwned =>
        db.Set<T>().Unfiltered(UnscopedReason.ResidentMove).Where(e => e.ProvinceCode == move.ProvinceCode && EF.Property<Guid>(e, "PersonId") == move.FromPersonId
            && (e.OrgUnitId != move.ToOrgUnitId || move.FromPersonId != move.ToPersonId));

    private static IQueryable<BirthOutcome> Newborns(CoSoDbContext db, Move move) =>
        db.Set<BirthOutcome>().Unfiltered(UnscopedReason.ResidentMove).Where(o => move.FromPersonId != move.ToPersonId && o.ProvinceCode == move.ProvinceCode && o.NewbornPersonId == move.FromPersonId);

    private static void Apply<T>(CoSoDbContext db, Move move, List<T> rows)
        where T : class, IPersonOwned
    {
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            entry.Property(nameof(IPersonOwned.OrgUnitId)).CurrentValue = move.ToOrgUnitId;
            entry.Property("PersonId").CurrentValue = move.ToPersonId;
            db.AuditRead(AuditActions.Update, typeof(T).Name, (Guid?)entry.Property("Id").CurrentValue, move.ToPersonId, move.ProvinceCode);
        }
    }

    private static void Repoint(CoSoDbContext db, Move move, List<BirthOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            o.NewbornPersonId = move.ToPersonId;
            db.AuditRead(AuditActions.Update, nameof(BirthOutcome), o.Id, move.ToPersonId, move.ProvinceCode);
        }
    }
}
