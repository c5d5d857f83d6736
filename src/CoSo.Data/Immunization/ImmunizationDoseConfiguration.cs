using CoSo.Core.Immunization;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

internal sealed class ImmunizationDoseConfiguration : IEntityTypeConfiguration<ImmunizationDose>
{
    public void Configure(EntityTypeBuilder<ImmunizationDose> b)
    {
        b.ToTable("immunization_doses");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.Vaccine).HasMaxLength(20);
        b.Property(e => e.LotNumber).HasMaxLength(40);
        b.Property(e => e.Site).HasMaxLength(60);
        b.Property(e => e.PlaceText).HasMaxLength(200);
        b.Property(e => e.OverrideReason).HasMaxLength(500);
        b.HasIndex(e => e.Id);
        // Covering (PostgreSQL INCLUDE; ignored by SQLite): a due list reads every dose of a station's children, and
        // doses lie on disk in recording order, so without it each child costs a dozen heap pages (due-list benchmark).
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId, e.GivenOn }).IncludeProperties(e => new { e.Vaccine, e.DoseNumber });
        b.HasIndex(e => new { e.OrgUnitId, e.GivenOn });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
