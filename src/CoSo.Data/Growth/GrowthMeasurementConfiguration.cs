using CoSo.Core.Growth;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Growth;

internal sealed class GrowthMeasurementConfiguration : IEntityTypeConfiguration<GrowthMeasurement>
{
    public void Configure(EntityTypeBuilder<GrowthMeasurement> b)
    {
        b.ToTable("growth_measurements");
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.WeightKg).HasPrecision(5, 2);
        b.Property(e => e.LengthCm).HasPrecision(5, 1);
        // Restricted z-scores of absurd but accepted inputs reach the hundreds (58 kg on day 0): room for them.
        b.Property(e => e.Waz).HasPrecision(6, 2);
        b.Property(e => e.Haz).HasPrecision(6, 2);
        b.Property(e => e.Whz).HasPrecision(6, 2);
        b.Property(e => e.Baz).HasPrecision(6, 2);
        b.HasIndex(e => e.Id);
        b.HasIndex(e => new { e.ProvinceCode, e.PersonId, e.MeasuredOn });
        // The nutrition figures of a station and period (issue 17 item 6) read by station and date.
        b.HasIndex(e => new { e.OrgUnitId, e.MeasuredOn });
        b.HasOne<Person>().WithMany().HasForeignKey(e => new { e.ProvinceCode, e.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
