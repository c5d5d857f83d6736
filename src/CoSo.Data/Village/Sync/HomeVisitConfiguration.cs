using CoSo.Core.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Village.Sync;

internal sealed class HomeVisitConfiguration : IEntityTypeConfiguration<HomeVisit>
{
    public void Configure(EntityTypeBuilder<HomeVisit> b)
    {
        b.ToTable("home_visits");
        b.HasKey(v => new { v.ProvinceCode, v.Id });
        b.Property(v => v.ProvinceCode).HasMaxLength(2);
        b.Property(v => v.GlucoseMmol).HasPrecision(4, 1);
        b.Property(v => v.WeightKg).HasPrecision(5, 2);
        b.Property(v => v.Notes).HasMaxLength(1000);
        b.HasIndex(v => new { v.ProvinceCode, v.PersonId, v.VisitedOn });
    }
}
