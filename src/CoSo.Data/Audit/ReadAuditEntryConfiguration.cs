using CoSo.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Audit;

internal sealed class ReadAuditEntryConfiguration : IEntityTypeConfiguration<ReadAuditEntry>
{
    public void Configure(EntityTypeBuilder<ReadAuditEntry> b)
    {
        b.ToTable("audit_reads");
        b.HasKey(a => a.Id);
        b.Property(a => a.UserName).HasMaxLength(60);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.Source).HasMaxLength(200);
        b.Property(a => a.ProvinceCode).HasMaxLength(2);
        b.Property(a => a.RemoteAddress).HasMaxLength(45);
        b.HasIndex(a => new { a.UserId, a.At });

        // The residents are a uuid[] on PostgreSQL (GIN-indexed there, PostgresCoSoDbContext) and 16-byte blocks in one
        // BLOB on SQLite (SqliteCoSoDbContext): either way 16 bytes per resident shown.
    }
}
