using CoSo.Core.People;
using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Records;

internal sealed class HealthRecordVersionConfiguration : IEntityTypeConfiguration<HealthRecordVersion>
{
    public void Configure(EntityTypeBuilder<HealthRecordVersion> b)
    {
        b.ToTable("health_record_versions");
        b.HasKey(r => new { r.ProvinceCode, r.Id });
        b.Property(r => r.ProvinceCode).HasMaxLength(2);
        b.Property(r => r.BloodGroupAbo).HasMaxLength(2);
        b.Property(r => r.BloodGroupRh).HasMaxLength(1);
        b.Ignore(r => r.HasAllergies);

        // Two users saving from the same version both try to insert version N+1: the second one fails here (412).
        b.HasIndex(r => new { r.ProvinceCode, r.PersonId, r.VersionNo }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(r => new { r.ProvinceCode, r.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
