using CoSo.Core.Immunization;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

internal sealed class AefiReportConfiguration : IEntityTypeConfiguration<AefiReport>
{
    public void Configure(EntityTypeBuilder<AefiReport> b)
    {
        b.ToTable("aefi_reports");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.Vaccine).HasMaxLength(20);
        b.Property(e => e.Symptoms).HasMaxLength(1000);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.OrgUnitId, e.Severity, e.OnsetAt });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
