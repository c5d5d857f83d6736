using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Workforce;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("staff_members");
        b.HasKey(s => s.Id);
        b.Property(s => s.ProvinceCode).HasMaxLength(2);
        b.Property(s => s.Cccd).HasMaxLength(12);
        b.Property(s => s.FullName).HasMaxLength(200);
        b.Property(s => s.Position).HasMaxLength(200);
        b.Property(s => s.LicenceNumber).HasMaxLength(50);
        b.Property(s => s.LicenceScope).HasMaxLength(500);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => s.Cccd).IsUnique();
        b.HasIndex(s => s.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Qualifications).WithOne().HasForeignKey(q => q.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
