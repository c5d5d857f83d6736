using CoSo.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(a => a.Id);
        b.Property(a => a.UserName).HasMaxLength(60);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.EntityType).HasMaxLength(200);
        b.Property(a => a.ProvinceCode).HasMaxLength(2);
        b.Property(a => a.RemoteAddress).HasMaxLength(45);
        b.HasIndex(a => new { a.PersonId, a.At });
        b.HasIndex(a => new { a.UserId, a.At });
    }
}
