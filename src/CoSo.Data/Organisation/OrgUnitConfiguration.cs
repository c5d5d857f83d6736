using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Organisation;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("org_units");
        b.HasKey(u => u.Id);
        b.Property(u => u.Code).HasMaxLength(40);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Path).HasMaxLength(800);
        b.Property(u => u.ProvinceCode).HasMaxLength(2);
        b.Property(u => u.AdminUnitCode).HasMaxLength(5);
        b.Property(u => u.BhytFacilityCode).HasMaxLength(5);
        b.Property(u => u.BhytHeadNumber).HasMaxLength(10);
        b.HasIndex(u => u.Code).IsUnique();
        b.HasIndex(u => u.ParentId);
        b.HasIndex(u => u.Path);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
