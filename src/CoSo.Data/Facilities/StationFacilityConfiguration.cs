using CoSo.Core.Facilities;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class StationFacilityConfiguration : IEntityTypeConfiguration<StationFacility>
{
    public void Configure(EntityTypeBuilder<StationFacility> b)
    {
        b.ToTable("station_facilities");
        b.HasKey(f => f.OrgUnitId);
        b.Property(f => f.MedicineCategories).HasMaxLength(500);
        b.HasOne<OrgUnit>().WithOne().HasForeignKey<StationFacility>(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
