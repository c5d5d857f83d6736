using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class PregnancyConfiguration : IEntityTypeConfiguration<Pregnancy>
{
    public void Configure(EntityTypeBuilder<Pregnancy> b)
    {
        b.ToTable("pregnancies");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.Notes).HasMaxLength(1000);
        // Pregnancies recorded for Td before the register existed are followed ones, at their first version.
        b.Property(e => e.Status).HasDefaultValue(PregnancyStatus.Active).HasSentinel(PregnancyStatus.Active);
        b.Property(e => e.Version).IsConcurrencyToken().HasDefaultValue(1);
        b.Ignore(e => e.EstimatedDelivery);
        b.Ignore(e => e.Dating);
        b.Ignore(e => e.IsOpen);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.OrgUnitId, e.FirstContactDate });
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        // The due lists: a station's open pregnancies (reported or followed).
        b.HasIndex(e => new { e.OrgUnitId, e.Status });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
