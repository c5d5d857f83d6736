using CoSo.Core.Organisation;
using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class SurveillanceAlertWeekConfiguration : IEntityTypeConfiguration<SurveillanceAlertWeek>
{
    public void Configure(EntityTypeBuilder<SurveillanceAlertWeek> b)
    {
        b.ToTable("surveillance_alert_weeks");

        // At most one alert per area × disease × week, and the daily run is idempotent: a week is stored once.
        b.HasKey(w => new { w.OrgUnitId, w.DiseaseCode, w.Period });
        b.Property(w => w.DiseaseCode).HasMaxLength(40);
        b.Property(w => w.Period).HasMaxLength(10);
        b.Property(w => w.Method).HasMaxLength(10);
        b.Property(w => w.Evidence).HasMaxLength(40);
        b.HasIndex(w => w.AlertId);

        // The daily run reads the weeks already stored among the two it judges, nationally.
        b.HasIndex(w => w.Period);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(w => w.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
