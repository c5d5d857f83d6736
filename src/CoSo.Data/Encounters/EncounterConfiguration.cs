using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Encounters;

internal sealed class EncounterConfiguration : IEntityTypeConfiguration<Encounter>
{
    public void Configure(EntityTypeBuilder<Encounter> b)
    {
        b.ToTable("encounters");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.Reason).HasMaxLength(500);
        b.Property(e => e.Flags).HasMaxLength(200);
        b.Property(e => e.ReferredTo).HasMaxLength(200);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Property(e => e.BhytCategory).HasMaxLength(5);
        b.Property(e => e.BhytRuleId).HasMaxLength(40);
        b.Property(e => e.VoidReason).HasMaxLength(500);
        b.Property(e => e.TemperatureC).HasPrecision(4, 1);
        b.Property(e => e.WeightKg).HasPrecision(5, 2);
        b.Property(e => e.HeightCm).HasPrecision(5, 1);
        b.Property(e => e.WaistCm).HasPrecision(5, 1);
        b.Property(e => e.Bmi).HasPrecision(4, 1);
        b.Property(e => e.CapillaryGlucoseMmol).HasPrecision(4, 1);
        b.HasIndex(e => e.Id);
        // Covering on PostgreSQL: the last BP / glucose of a patient (overdue list, high-risk checks, care card) is read
        // from the index alone, without visiting the heap row of every visit (INCLUDE is ignored on SQLite).
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId, e.VisitDate }).IncludeProperties(e => new { e.Systolic, e.Diastolic, e.CapillaryGlucoseMmol });
        b.HasIndex(e => new { e.FacilityId, e.VisitDate });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Diagnoses).WithOne().HasForeignKey(d => new { d.ProvinceCode, d.EncounterId }).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Prescriptions).WithOne().HasForeignKey(d => new { d.ProvinceCode, d.EncounterId }).OnDelete(DeleteBehavior.Cascade);
    }
}
