using CoSo.Core.Facilities;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class StationFacilityVersionConfiguration : IEntityTypeConfiguration<StationFacilityVersion>
{
    public void Configure(EntityTypeBuilder<StationFacilityVersion> b)
    {
        b.ToTable("station_facility_versions");
        b.HasKey(f => f.Id);
        b.Property(f => f.MedicineCategories).HasMaxLength(500);
        b.HasIndex(f => new { f.OrgUnitId, f.EffectiveFrom }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
