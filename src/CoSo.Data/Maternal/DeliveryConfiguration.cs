using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.ToTable("deliveries");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.PlaceName).HasMaxLength(200);
        b.Property(e => e.ComplicationNote).HasMaxLength(500);
        b.Property(e => e.ReferredTo).HasMaxLength(200);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.InFacility);
        b.Ignore(e => e.SkilledAttendant);
        b.HasIndex(e => e.Id);
        // One delivery ends a pregnancy.
        b.HasIndex(e => new { e.ProvinceCode, e.PregnancyId }).IsUnique();
        b.HasIndex(e => new { e.OrgUnitId, e.DeliveryDate });
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        b.HasMany(e => e.Outcomes).WithOne().HasForeignKey(o => new { o.ProvinceCode, o.DeliveryId }).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pregnancy>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PregnancyId }).OnDelete(DeleteBehavior.Restrict);
    }
}
