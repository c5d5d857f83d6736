using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Indicators.Population;

internal sealed class PopulationFigureConfiguration : IEntityTypeConfiguration<PopulationFigure>
{
    public void Configure(EntityTypeBuilder<PopulationFigure> b)
    {
        b.ToTable("population_figures");
        b.HasKey(f => f.Id);
        b.Property(f => f.Source).HasMaxLength(PopulationRules.MaxSourceLength);
        b.Property(f => f.UpdatedBy).HasMaxLength(100);
        b.HasIndex(f => new { f.OrgUnitId, f.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
