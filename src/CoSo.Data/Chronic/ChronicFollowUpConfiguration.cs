using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Chronic;

internal sealed class ChronicFollowUpConfiguration : IEntityTypeConfiguration<ChronicFollowUp>
{
    public void Configure(EntityTypeBuilder<ChronicFollowUp> b)
    {
        b.ToTable("chronic_follow_ups");
        b.HasKey(f => new { f.ProvinceCode, f.Id });
        b.Property(f => f.ProvinceCode).HasMaxLength(2);
        b.Property(f => f.FastingGlucose).HasPrecision(4, 1);
        b.Property(f => f.HbA1c).HasPrecision(4, 1);
        b.HasIndex(f => new { f.ProvinceCode, f.EnrolmentId, f.VisitDate });
        b.HasIndex(f => new { f.ProvinceCode, f.PersonId });
        b.HasOne<ChronicEnrolment>().WithMany().HasForeignKey(f => new { f.ProvinceCode, f.EnrolmentId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Encounter>().WithMany().HasForeignKey(f => new { f.ProvinceCode, f.EncounterId }).OnDelete(DeleteBehavior.Restrict);
    }
}
