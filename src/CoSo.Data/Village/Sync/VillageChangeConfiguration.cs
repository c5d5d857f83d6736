using CoSo.Core.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Village.Sync;

internal sealed class VillageChangeConfiguration : IEntityTypeConfiguration<VillageChange>
{
    public void Configure(EntityTypeBuilder<VillageChange> b)
    {
        b.ToTable("village_changes");
        b.HasKey(c => c.Seq);
        b.Property(c => c.Seq).ValueGeneratedOnAdd();
        // "What changed in these villages since N": one range scan per village.
        b.HasIndex(c => new { c.VillageId, c.Seq });
    }
}
