using CoSo.Core.Immunization;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

internal sealed class PregnancyConfiguration : IEntityTypeConfiguration<Pregnancy>
{
    public void Configure(EntityTypeBuilder<Pregnancy> b)
    {
        b.ToTable("pregnancies");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Ignore(e => e.EstimatedDelivery);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.OrgUnitId, e.FirstContactDate });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
