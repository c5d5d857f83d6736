using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("notification_outbox");
        b.HasKey(m => m.Id);
        b.Property(m => m.Channel).HasMaxLength(20);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(4000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => m.SentAt);
    }
}
