using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Surveillance;

internal sealed class CaseLabResultConfiguration : IEntityTypeConfiguration<CaseLabResult>
{
    public void Configure(EntityTypeBuilder<CaseLabResult> b)
    {
        b.ToTable("case_lab_results");
        b.HasKey(r => new { r.ProvinceCode, r.Id });
        b.Property(r => r.ProvinceCode).HasMaxLength(2);
        b.Property(r => r.Test).HasMaxLength(200);
        b.Property(r => r.Result).HasMaxLength(500);
        b.Property(r => r.Lab).HasMaxLength(200);
        b.HasIndex(r => new { r.ProvinceCode, r.CaseReportId, r.SpecimenDate });
        b.HasOne<CaseReport>().WithMany().HasForeignKey(r => new { r.ProvinceCode, r.CaseReportId }).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => new { r.ProvinceCode, r.PersonId }).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
    }
}
