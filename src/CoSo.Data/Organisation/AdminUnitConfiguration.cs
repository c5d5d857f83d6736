using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Organisation;

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> b)
    {
        b.ToTable("admin_units");
        b.HasKey(u => new { u.Edition, u.Code });
        b.Property(u => u.Code).HasMaxLength(5);
        b.Property(u => u.Name).HasMaxLength(100);
        b.Property(u => u.NameKey).HasMaxLength(100);
        b.Property(u => u.Type).HasMaxLength(40);
        b.Property(u => u.ParentCode).HasMaxLength(5);
        b.Property(u => u.ProvinceCode).HasMaxLength(2);
        b.HasIndex(u => new { u.Edition, u.ParentCode });
    }
}
