using CoSo.Core.Organisation;
using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class SurveillanceAlertConfiguration : IEntityTypeConfiguration<SurveillanceAlert>
{
    public void Configure(EntityTypeBuilder<SurveillanceAlert> b)
    {
        b.ToTable("surveillance_alerts");
        b.HasKey(a => a.Id);
        b.Property(a => a.ProvinceCode).HasMaxLength(2);
        b.Property(a => a.DiseaseCode).HasMaxLength(40);
        b.Property(a => a.Method).HasMaxLength(10);
        b.Property(a => a.Evidence).HasMaxLength(40);
        b.Property(a => a.Period).HasMaxLength(10);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.ResponseActions).HasMaxLength(2000);
        b.Property(a => a.Version).IsConcurrencyToken();

        // The daily run is idempotent: one alert per area, disease, method and week.
        b.HasIndex(a => new { a.OrgUnitId, a.DiseaseCode, a.Period }).IsUnique();
        b.HasIndex(a => new { a.Status, a.OrgUnitId });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
