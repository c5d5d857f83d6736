using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class BirthOutcomeConfiguration : IEntityTypeConfiguration<BirthOutcome>
{
    public void Configure(EntityTypeBuilder<BirthOutcome> b)
    {
        b.ToTable("birth_outcomes");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.BirthLengthCm).HasPrecision(4, 1);
        b.Ignore(e => e.LowBirthWeight);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        // The time of birth of a resident (the hepatitis B birth dose) is found by the newborn's id.
        b.HasIndex(e => new { e.ProvinceCode, e.NewbornPersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.NewbornPersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
