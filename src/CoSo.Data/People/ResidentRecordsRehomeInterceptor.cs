using CoSo.Core.Audit;
using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Records;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoSo.Data.People;

/// <summary>
/// The health record follows the resident: when a resident's managing station changes, every visit (with its
/// diagnoses, prescription lines and chronic follow-up values) and every health-record version is re-homed to the new
/// station in the same SaveChanges, so the scope filter shows the whole history to the station now in charge and no
/// longer to the old one. Rows with a history of their own stay where they were made: chronic enrolments (transferred
/// through the registry, which closes the old enrolment) and case reports (the reporting station is surveillance
/// data). Immunization rows are moved by <see cref="CoSo.Data.Immunization.ImmunizationRehomeInterceptor"/>; merges by the merge
/// itself.
/// </summary>
public sealed class ResidentRecordsRehomeInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var (province, personId, station) in Moves(db))
            {
                Apply(db, province, personId, station, await Load<Encounter>(db, province, personId, station).ToListAsync(cancellationToken));
                Apply(db, province, personId, station, await Load<EncounterDiagnosis>(db, province, personId, station).ToListAsync(cancellationToken));
                Apply(db, province, personId, station, await Load<PrescriptionLine>(db, province, personId, station).ToListAsync(cancellationToken));
                Apply(db, province, personId, station, await Load<ChronicFollowUp>(db, province, personId, station).ToListAsync(cancellationToken));
                Apply(db, province, personId, station, await Load<HealthRecordVersion>(db, province, personId, station).ToListAsync(cancellationToken));
                Apply(db, province, personId, station, await Load<EncounterRevision>(db, province, personId, station).ToListAsync(cancellationToken));
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CoSoDbContext db)
        {
            foreach (var (province, personId, station) in Moves(db))
            {
                Apply(db, province, personId, station, [.. Load<Encounter>(db, province, personId, station)]);
                Apply(db, province, personId, station, [.. Load<EncounterDiagnosis>(db, province, personId, station)]);
                Apply(db, province, personId, station, [.. Load<PrescriptionLine>(db, province, personId, station)]);
                Apply(db, province, personId, station, [.. Load<ChronicFollowUp>(db, province, personId, station)]);
                Apply(db, province, personId, station, [.. Load<HealthRecordVersion>(db, province, personId, station)]);
                Apply(db, province, personId, station, [.. Load<EncounterRevision>(db, province, personId, station)]);
            }
        }

        return result;
    }

    /// <summary>Residents (not being merged) whose managing station changes in this SaveChanges.</summary>
    private static List<(string Province, Guid PersonId, Guid Station)> Moves(CoSoDbContext db) =>
        db.ChangeTracker.Entries<Person>()
            .Where(e => e.State == EntityState.Modified && e.Entity.MergedIntoId is null && e.Property(p => p.OrgUnitId).OriginalValue != e.Entity.OrgUnitId)
            .Select(e => (e.Entity.ProvinceCode, e.Entity.Id, e.Entity.OrgUnitId))
            .ToList();

    // Written under the old station's scope: read unfiltered, by the resident's key.
    private static IQueryable<T> Load<T>(CoSoDbContext db, string province, Guid personId, Guid station)
        where T : class, IPersonOwned =>
        db.Set<T>().Unfiltered(UnscopedReason.ResidentMove).Where(e => e.ProvinceCode == province && EF.Property<Guid>(e, "PersonId") == personId && e.OrgUnitId != station);

    private static void Apply<T>(CoSoDbContext db, string province, Guid personId, Guid station, List<T> rows)
        where T : class, IPersonOwned
    {
        foreach (var row in rows)
        {
            db.Entry(row).Property(nameof(IPersonOwned.OrgUnitId)).CurrentValue = station;
            db.AuditRead(AuditActions.Update, typeof(T).Name, (Guid?)db.Entry(row).Property("Id").CurrentValue, personId, province);
        }
    }
}
