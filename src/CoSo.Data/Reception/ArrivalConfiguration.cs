using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Reception;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Reception;

internal sealed class ArrivalConfiguration : IEntityTypeConfiguration<Arrival>
{
    public void Configure(EntityTypeBuilder<Arrival> b)
    {
        b.ToTable("arrivals");
        b.HasKey(a => new { a.ProvinceCode, a.Id });
        b.Property(a => a.ProvinceCode).HasMaxLength(2);
        b.Property(a => a.Reason).HasMaxLength(300);
        b.Property(a => a.CalledByName).HasMaxLength(200);
        b.Property(a => a.PaperNumber).HasMaxLength(50);
        b.Property(a => a.BhytNumber).HasMaxLength(15);
        b.Property(a => a.BhytCategory).HasMaxLength(5);
        b.Property(a => a.BhytRuleId).HasMaxLength(40);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => a.Id);
        // One number per station and day: two desks receiving at once cannot hand out the same number.
        // One queue number per station and day; the province first so that the unique key distributes on Citus (ADR 0017).
        b.HasIndex(a => new { a.ProvinceCode, a.OrgUnitId, a.ArrivalDate, a.QueueNumber }).IsUnique();
        b.HasIndex(a => new { a.ProvinceCode, a.PersonId, a.ArrivalDate });
        b.HasOne<Person>().WithMany().HasForeignKey(a => new { a.ProvinceCode, a.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
