using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> b)
    {
        b.ToTable("surveillance_alert_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.From).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.To).HasConversion<string>().HasMaxLength(12);
        b.Property(e => e.UserName).HasMaxLength(100);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasIndex(e => e.AlertId);
        b.HasOne<SurveillanceAlert>().WithMany().HasForeignKey(e => e.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}
