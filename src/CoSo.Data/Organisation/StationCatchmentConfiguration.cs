using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Organisation;

internal sealed class StationCatchmentConfiguration : IEntityTypeConfiguration<StationCatchment>
{
    public void Configure(EntityTypeBuilder<StationCatchment> b)
    {
        b.ToTable("station_catchments");
        b.HasKey(c => new { c.OrgUnitId, c.CommuneCode });
        b.Property(c => c.CommuneCode).HasMaxLength(5);
        b.HasIndex(c => c.CommuneCode);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
