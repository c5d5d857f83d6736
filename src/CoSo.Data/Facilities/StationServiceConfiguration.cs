using CoSo.Core.Facilities;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class StationServiceConfiguration : IEntityTypeConfiguration<StationService>
{
    public void Configure(EntityTypeBuilder<StationService> b)
    {
        b.ToTable("station_services");
        b.HasKey(s => new { s.OrgUnitId, s.ServiceCode });
        b.Property(s => s.ServiceCode).HasMaxLength(20);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
