using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class AntenatalContactConfiguration : IEntityTypeConfiguration<AntenatalContact>
{
    public void Configure(EntityTypeBuilder<AntenatalContact> b)
    {
        b.ToTable("antenatal_contacts");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.WeightKg).HasPrecision(5, 2);
        b.Property(e => e.FundalHeightCm).HasPrecision(4, 1);
        b.Property(e => e.HaemoglobinGdl).HasPrecision(4, 1);
        b.Property(e => e.FastingGlucoseMmol).HasPrecision(4, 1);
        b.Property(e => e.Notes).HasMaxLength(1000);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.PregnancyId, e.ContactDate });
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        b.HasIndex(e => new { e.OrgUnitId, e.ContactDate });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pregnancy>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PregnancyId }).OnDelete(DeleteBehavior.Restrict);
    }
}
