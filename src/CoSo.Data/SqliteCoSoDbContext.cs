using CoSo.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoSo.Data;

/// <summary>The embedded store (one station, a demo, a laptop); owns Migrations/Sqlite.</summary>
public sealed class SqliteCoSoDbContext(DbContextOptions<SqliteCoSoDbContext> options, ICurrentActor actor, TimeProvider time)
    : CoSoDbContext(options, actor, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native instant or decimal type: store instants as sortable UTC ticks and decimals as REAL,
        // so that ordering and comparisons happen in SQL rather than on the client.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // SQLite has no arrays (EF would write JSON text, 39 bytes a resident): the residents of a read audit row are
        // packed as 16-byte blocks in one BLOB. "Who saw this resident" scans with instr() (a station's trail is small).
        modelBuilder.Entity<Core.Audit.ReadAuditEntry>().Property(a => a.PersonIds).HasConversion(
            new ValueConverter<Guid[], byte[]>(ids => Audit.PackedIds.Pack(ids), bytes => Audit.PackedIds.Unpack(bytes)),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Guid[]>(
                (a, b) => a!.SequenceEqual(b!), a => a.Aggregate(0, (h, g) => HashCode.Combine(h, g)), a => a.ToArray()));
    }
}
