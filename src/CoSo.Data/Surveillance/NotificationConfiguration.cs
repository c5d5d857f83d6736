using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Subject).HasMaxLength(300);
        b.Property(n => n.Body).HasMaxLength(4000);
        b.Property(n => n.SubjectEn).HasMaxLength(300);
        b.Property(n => n.BodyEn).HasMaxLength(4000);
        b.Property(n => n.Kind).HasMaxLength(40);
        b.Property(n => n.Link).HasMaxLength(300);
        b.HasIndex(n => new { n.OrgUnitId, n.CreatedAt });
    }
}
