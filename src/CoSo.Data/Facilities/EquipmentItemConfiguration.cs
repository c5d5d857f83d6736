using CoSo.Core.Facilities;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class EquipmentItemConfiguration : IEntityTypeConfiguration<EquipmentItem>
{
    public void Configure(EntityTypeBuilder<EquipmentItem> b)
    {
        b.ToTable("station_equipment");
        b.HasKey(e => e.Id);
        b.Property(e => e.Name).HasMaxLength(300);
        b.HasIndex(e => e.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
