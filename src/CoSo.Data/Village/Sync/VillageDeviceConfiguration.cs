using CoSo.Core.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Village.Sync;

internal sealed class VillageDeviceConfiguration : IEntityTypeConfiguration<VillageDevice>
{
    public void Configure(EntityTypeBuilder<VillageDevice> b)
    {
        b.ToTable("village_devices");
        b.HasKey(d => d.Id);
        b.Property(d => d.Name).HasMaxLength(100);
        b.Property(d => d.TokenHash).HasMaxLength(64);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.UserId);
        b.HasIndex(d => d.StationId);
    }
}
