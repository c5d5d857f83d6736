using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Encounters;

internal sealed class PrescriptionLineConfiguration : IEntityTypeConfiguration<PrescriptionLine>
{
    public void Configure(EntityTypeBuilder<PrescriptionLine> b)
    {
        b.ToTable("prescription_lines");
        b.HasKey(d => new { d.ProvinceCode, d.Id });
        b.Property(d => d.ProvinceCode).HasMaxLength(2);
        b.Property(d => d.Drug).HasMaxLength(200);
        b.Property(d => d.Strength).HasMaxLength(100);
        b.Property(d => d.Dose).HasMaxLength(200);
        b.Property(d => d.Quantity).HasPrecision(8, 2);
        b.Property(d => d.DrugCode).HasMaxLength(20);
        b.Property(d => d.Unit).HasMaxLength(20);
        b.Property(d => d.DosePerTake).HasPrecision(8, 2);
        b.Property(d => d.AllergyOverrideReason).HasMaxLength(300);
        b.Property(d => d.DispensedQuantity).HasPrecision(8, 2);
        b.Property(d => d.DispensedValue).HasPrecision(14, 2);
        b.HasIndex(d => new { d.ProvinceCode, d.PersonId });
    }
}
