using CoSo.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Indicators;

internal sealed class IndicatorDirtyMarkConfiguration : IEntityTypeConfiguration<IndicatorDirtyMark>
{
    public void Configure(EntityTypeBuilder<IndicatorDirtyMark> b)
    {
        b.ToTable("indicator_dirty");
        b.HasKey(r => r.Id);
        b.Property(r => r.Period).HasMaxLength(10);
        b.Property(r => r.Source).HasMaxLength(60);
        b.HasIndex(r => new { r.OrgUnitId, r.Period });
    }
}
