using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Encounters;

internal sealed class IcdCodeConfiguration : IEntityTypeConfiguration<IcdCode>
{
    public void Configure(EntityTypeBuilder<IcdCode> b)
    {
        b.ToTable("icd10_codes");
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(10);
        b.Property(c => c.NameVi).HasMaxLength(400);
        b.Property(c => c.NameEn).HasMaxLength(400);
        b.Property(c => c.SearchKey).HasMaxLength(420);
        b.Property(c => c.Chapter).HasMaxLength(10);
    }
}
