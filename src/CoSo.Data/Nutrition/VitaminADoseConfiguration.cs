using CoSo.Core.Nutrition;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Nutrition;

internal sealed class VitaminADoseConfiguration : IEntityTypeConfiguration<VitaminADose>
{
    public void Configure(EntityTypeBuilder<VitaminADose> b)
    {
        b.ToTable("vitamin_a_doses");
        b.HasKey(d => new { d.ProvinceCode, d.Id });
        b.Property(d => d.ProvinceCode).HasMaxLength(2);
        b.HasIndex(d => d.Id);
        b.HasIndex(d => new { d.ProvinceCode, d.PersonId, d.GivenOn });
        b.HasIndex(d => new { d.OrgUnitId, d.GivenOn });
        b.HasOne<Person>().WithMany().HasForeignKey(d => new { d.ProvinceCode, d.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
