using CoSo.Core.Chronic;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Chronic;

internal sealed class ChronicEnrolmentConfiguration : IEntityTypeConfiguration<ChronicEnrolment>
{
    public void Configure(EntityTypeBuilder<ChronicEnrolment> b)
    {
        b.ToTable("chronic_enrolments");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.DiagnosedBy).HasMaxLength(200);
        b.Property(e => e.ProtocolCode).HasMaxLength(40);
        b.Property(e => e.DiagnosisCode).HasMaxLength(10);
        b.Property(e => e.BaselineFastingGlucose).HasPrecision(4, 1);
        b.Property(e => e.BaselineHbA1c).HasPrecision(4, 1);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId, e.Programme });
        b.HasIndex(e => new { e.OrgUnitId, e.Status, e.NextAppointment });
        // The overdue list: one station's active enrolments whose appointment has passed (closed rows never qualify).
        b.HasIndex(e => new { e.OrgUnitId, e.NextAppointment }).HasFilter("status = 1").HasDatabaseName("ix_chronic_enrolments_overdue");
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
