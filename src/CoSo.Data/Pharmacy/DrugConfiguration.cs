using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Pharmacy;

internal sealed class DrugConfiguration : IEntityTypeConfiguration<Drug>
{
    public void Configure(EntityTypeBuilder<Drug> b)
    {
        b.ToTable("drugs");
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(20);
        b.Property(d => d.ActiveIngredient).HasMaxLength(200);
        b.Property(d => d.Strength).HasMaxLength(100);
        b.Property(d => d.Form).HasMaxLength(100);
        b.Property(d => d.Route).HasMaxLength(30);
        b.Property(d => d.Unit).HasMaxLength(20);
        b.Property(d => d.BhytListNo).HasMaxLength(10);
        b.Property(d => d.Atc).HasMaxLength(10);
        b.Property(d => d.Group).HasMaxLength(30);
        b.Property(d => d.NameEn).HasMaxLength(200);
        b.Property(d => d.AllergyTerms).HasMaxLength(300);
        b.Property(d => d.SearchKey).HasMaxLength(350);
        b.Property(d => d.MinStock).HasPrecision(12, 2);
        b.Ignore(d => d.Display);
    }
}
