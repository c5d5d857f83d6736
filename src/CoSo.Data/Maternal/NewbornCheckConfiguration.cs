using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class NewbornCheckConfiguration : IEntityTypeConfiguration<NewbornCheck>
{
    public void Configure(EntityTypeBuilder<NewbornCheck> b)
    {
        b.ToTable("newborn_checks");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.TemperatureC).HasPrecision(4, 1);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BirthOutcome>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.BirthOutcomeId }).OnDelete(DeleteBehavior.Restrict);
    }
}
