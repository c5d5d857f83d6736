using CoSo.Core.Maternal;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Maternal;

internal sealed class PostnatalVisitConfiguration : IEntityTypeConfiguration<PostnatalVisit>
{
    public void Configure(EntityTypeBuilder<PostnatalVisit> b)
    {
        b.ToTable("postnatal_visits");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.TemperatureC).HasPrecision(4, 1);
        b.Property(e => e.Notes).HasMaxLength(1000);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.DeliveryId, e.VisitDate });
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId });
        b.HasMany(e => e.Checks).WithOne().HasForeignKey(c => new { c.ProvinceCode, c.PostnatalVisitId }).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Delivery>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.DeliveryId }).OnDelete(DeleteBehavior.Restrict);
    }
}
