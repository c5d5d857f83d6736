using CoSo.Core.Facilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class CriteriaSetConfiguration : IEntityTypeConfiguration<CriteriaSet>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> b)
    {
        b.ToTable("criteria_sets");
        b.HasKey(s => s.Id);
        b.Property(s => s.Code).HasMaxLength(60);
        b.Property(s => s.Name).HasMaxLength(300);
        b.HasIndex(s => s.Code).IsUnique();
    }
}
