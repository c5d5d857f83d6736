using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

internal sealed class HighRiskAreaConfiguration : IEntityTypeConfiguration<HighRiskArea>
{
    public void Configure(EntityTypeBuilder<HighRiskArea> b)
    {
        b.ToTable("immunization_high_risk_areas");
        b.HasKey(e => e.StationId);
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.Note).HasMaxLength(500);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
