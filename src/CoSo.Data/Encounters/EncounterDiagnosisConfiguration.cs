using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Encounters;

internal sealed class EncounterDiagnosisConfiguration : IEntityTypeConfiguration<EncounterDiagnosis>
{
    public void Configure(EntityTypeBuilder<EncounterDiagnosis> b)
    {
        b.ToTable("encounter_diagnoses");
        b.HasKey(d => new { d.ProvinceCode, d.Id });
        b.Property(d => d.ProvinceCode).HasMaxLength(2);
        b.Property(d => d.Code).HasMaxLength(10);
        b.Property(d => d.NameVi).HasMaxLength(300);
        b.HasIndex(d => new { d.ProvinceCode, d.PersonId, d.Code });
        // Keyset pages in id order (the FHIR Condition search and bulk export): without it each page sorted every
        // diagnosis after the cursor, and a province's export took quadratic time.
        b.HasIndex(d => d.Id);
    }
}
