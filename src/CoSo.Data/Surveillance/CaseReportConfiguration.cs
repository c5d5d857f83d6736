using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class CaseReportConfiguration : IEntityTypeConfiguration<CaseReport>
{
    public void Configure(EntityTypeBuilder<CaseReport> b)
    {
        b.ToTable("case_reports");
        b.HasKey(c => new { c.ProvinceCode, c.Id });
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.Property(c => c.DiseaseCode).HasMaxLength(40);
        b.Property(c => c.NonResidentName).HasMaxLength(200);
        b.Property(c => c.NonResidentPhone).HasMaxLength(20);
        b.Property(c => c.Address).HasMaxLength(CaseLocation.AddressMaxLength);
        b.Property(c => c.LabTest).HasMaxLength(200);
        b.Property(c => c.LabResult).HasMaxLength(500);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.Id);
        b.HasIndex(c => new { c.OrgUnitId, c.DiseaseCode, c.OnsetDate });
        b.HasIndex(c => c.SourceEncounterId);

        // Nullable person: a non-resident case has no row in people (the FK is not checked when person_id is null).
        b.HasOne<Person>().WithMany().HasForeignKey(c => new { c.ProvinceCode, c.PersonId }).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
