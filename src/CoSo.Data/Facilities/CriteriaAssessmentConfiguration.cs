using CoSo.Core.Facilities;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Facilities;

internal sealed class CriteriaAssessmentConfiguration : IEntityTypeConfiguration<CriteriaAssessment>
{
    public void Configure(EntityTypeBuilder<CriteriaAssessment> b)
    {
        b.ToTable("criteria_assessments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Points).HasPrecision(7, 2);
        b.Property(a => a.ReviewedBy).HasMaxLength(100);
        b.Property(a => a.ReviewNote).HasMaxLength(2000);
        b.Property(a => a.PreReviewedBy).HasMaxLength(100);
        b.Property(a => a.PreReviewNote).HasMaxLength(2000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OrgUnitId, a.CriteriaSetId, a.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CriteriaSet>().WithMany().HasForeignKey(a => a.CriteriaSetId).OnDelete(DeleteBehavior.Restrict);
    }
}
