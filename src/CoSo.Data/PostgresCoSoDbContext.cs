using CoSo.Core.Identity;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data;

/// <summary>The production store (district, province, nation); owns Migrations/PostgreSql.</summary>
public sealed class PostgresCoSoDbContext(DbContextOptions<PostgresCoSoDbContext> options, ICurrentActor actor, TimeProvider time)
    : CoSoDbContext(options, actor, time)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Folded search keys are ASCII; the "C" collation makes prefix LIKE and range scans use the b-tree index.
        modelBuilder.Entity<Person>().Property(p => p.NameKey).UseCollation("C");

        // Identifiers (digits and capital letters) compared byte by byte: their indexes sort and probe faster than
        // under the database's linguistic collation, and the order of digits is the same.
        modelBuilder.Entity<Person>().Property(p => p.Cccd).UseCollation("C");
        modelBuilder.Entity<Person>().Property(p => p.BhytNumber).UseCollation("C");
        modelBuilder.Entity<Person>().Property(p => p.SocialInsuranceNumber).UseCollation("C");
        modelBuilder.Entity<Person>().Property(p => p.Phone).UseCollation("C");
        modelBuilder.Entity<Core.Encounters.IcdCode>().Property(c => c.SearchKey).UseCollation("C");

        // "Who saw this resident" is answered by `person_ids @> ARRAY[id]` through a GIN index (AuditQuery).
        modelBuilder.Entity<Core.Audit.ReadAuditEntry>().HasIndex(a => a.PersonIds).HasMethod("gin");
    }
}
