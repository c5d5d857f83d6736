using CoSo.Core.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Village.Sync;

internal sealed class VillageSubmissionConfiguration : IEntityTypeConfiguration<VillageSubmission>
{
    public void Configure(EntityTypeBuilder<VillageSubmission> b)
    {
        b.ToTable("village_submissions");
        // The phone's UUIDv7 is the key: a record uploaded twice is stored once.
        b.HasKey(s => new { s.ProvinceCode, s.Id });
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ProvinceCode).HasMaxLength(2);
        b.Property(s => s.UserName).HasMaxLength(100);
        b.Property(s => s.Kind).HasMaxLength(30);
        b.Property(s => s.SubKind).HasMaxLength(30);
        b.Property(s => s.Data).HasMaxLength(8192);
        b.Property(s => s.Base).HasMaxLength(2048);
        b.Property(s => s.Errors).HasMaxLength(8192);
        b.Property(s => s.ConflictField).HasMaxLength(40);
        b.Property(s => s.PhoneValue).HasMaxLength(200);
        b.Property(s => s.StationValue).HasMaxLength(200);
        b.Property(s => s.Link).HasMaxLength(300);
        b.Property(s => s.Resolution).HasMaxLength(40);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.OrgUnitId, s.ReceivedAt });
        b.HasIndex(s => new { s.UserId, s.ReceivedAt });
    }
}
