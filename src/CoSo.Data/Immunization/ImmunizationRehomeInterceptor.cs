using CoSo.Core.Audit;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.Immunization;

/// <summary>
/// Immunization rows follow their resident: when a resident's managing station changes (a child moves to another
/// commune) or the resident is merged into another record, every dose and AEFI report of the resident is
/// re-homed in the same SaveChanges (same transaction), so the scope filter shows them at the new station and no
/// longer at the old one. The rows were written under the old station's scope, hence the unfiltered read. Pregnancies
/// (which the Td schedule reads) are moved with the other maternal rows by <see cref="CoSo.Data.Maternal.MaternalRehomeInterceptor"/>.
/// </summary>
public sealed class ImmunizationRehomeInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var move in Moves(db))
            {
                Apply(db, move, Load<ImmunizationDose>(db, move).ToList(), Load<AefiReport>(db, move).ToList());
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
                Apply(db, move, await Load<ImmunizationDose>(db, move).ToListAsync(cancellationToken), await Load<AefiReport>(db, move).ToListAsync(cancellationToken));
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

    private static IQueryable<T> Load<T>(CoSoDbContext db, Move move)
        where T : class, IPersonOwned =>
        db.Set<T>().Unfiltered(UnscopedReason.ResidentMove).Where(e => e.ProvinceCode == move.ProvinceCode && EF.Property<Guid>(e, "PersonId") == move.FromPersonId
            && (e.OrgUnitId != move.ToOrgUnitId || move.FromPersonId != move.ToPersonId));

    private static void Apply(CoSoDbContext db, Move move, List<ImmunizationDose> doses, List<AefiReport> reports)
    {
        foreach (var d in doses)
        {
            d.OrgUnitId = move.ToOrgUnitId;
            d.PersonId = move.ToPersonId;
            db.AuditRead(AuditActions.Update, nameof(ImmunizationDose), d.Id, move.ToPersonId, move.ProvinceCode);
        }

        foreach (var r in reports)
        {
            r.OrgUnitId = move.ToOrgUnitId;
            r.PersonId = move.ToPersonId;
            db.AuditRead(AuditActions.Update, nameof(AefiReport), r.Id, move.ToPersonId, move.ProvinceCode);
        }
    }
}
