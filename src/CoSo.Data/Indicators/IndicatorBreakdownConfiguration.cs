using CoSo.Core.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Indicators;

internal sealed class IndicatorBreakdownConfiguration : IEntityTypeConfiguration<IndicatorBreakdown>
{
    public void Configure(EntityTypeBuilder<IndicatorBreakdown> b)
    {
        b.ToTable("indicator_breakdowns");
        b.HasKey(r => r.Id);
        b.Property(r => r.IndicatorCode).HasMaxLength(40);
        b.Property(r => r.Period).HasMaxLength(10);
        b.Property(r => r.Category).HasMaxLength(40);
        b.HasIndex(r => new { r.IndicatorCode, r.Period, r.OrgUnitId, r.Category }).IsUnique();
    }
}
