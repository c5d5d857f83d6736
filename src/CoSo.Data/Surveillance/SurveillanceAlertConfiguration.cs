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
        b.Property(a => a.LastPeriod).HasMaxLength(10);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(a => a.ResponseActions).HasMaxLength(2000);
        b.Property(a => a.Version).IsConcurrencyToken();

        // An alert starts in one week; the weeks it holds are unique per area × disease in surveillance_alert_weeks.
        b.HasIndex(a => new { a.OrgUnitId, a.DiseaseCode, a.Period }).IsUnique();
        b.HasIndex(a => new { a.Status, a.OrgUnitId });

        // The run reads the alerts that its weeks could continue: those whose last week is recent.
        b.HasIndex(a => a.LastPeriod);
        b.HasMany(a => a.WeeklyEvidence).WithOne().HasForeignKey(w => w.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
