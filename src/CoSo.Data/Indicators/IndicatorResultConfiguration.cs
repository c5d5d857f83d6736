using CoSo.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Indicators;

internal sealed class IndicatorResultConfiguration : IEntityTypeConfiguration<IndicatorResult>
{
    public void Configure(EntityTypeBuilder<IndicatorResult> b)
    {
        b.ToTable("indicator_results");
        b.HasKey(r => r.Id);
        b.Property(r => r.IndicatorCode).HasMaxLength(40);
        b.Property(r => r.Period).HasMaxLength(10);
        b.HasIndex(r => new { r.IndicatorCode, r.OrgUnitId, r.Period }).IsUnique();
        b.HasIndex(r => new { r.OrgUnitId, r.Period });
    }
}
