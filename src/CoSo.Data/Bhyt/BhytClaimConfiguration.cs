using CoSo.Core.Bhyt;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Bhyt;

internal sealed class BhytClaimConfiguration : IEntityTypeConfiguration<BhytClaim>
{
    public void Configure(EntityTypeBuilder<BhytClaim> b)
    {
        b.ToTable("bhyt_claims");
        b.HasKey(c => new { c.ProvinceCode, c.Id });
        b.Property(c => c.ProvinceCode).HasMaxLength(2);
        b.Property(c => c.MaLk).HasMaxLength(100);
        b.Property(c => c.MaCskcb).HasMaxLength(5);
        b.Property(c => c.HeldReasons).HasMaxLength(500);
        b.Property(c => c.GatewayTransaction).HasMaxLength(100);
        b.Property(c => c.GatewayCode).HasMaxLength(50);
        b.Property(c => c.GatewayMessage).HasMaxLength(2000);
        foreach (var money in new[] { nameof(BhytClaim.TotalBv), nameof(BhytClaim.TotalBh), nameof(BhytClaim.FundPays), nameof(BhytClaim.CoPayment), nameof(BhytClaim.PatientPays), nameof(BhytClaim.OtherSources) })
        {
            b.Property<decimal>(money).HasPrecision(15, 2);
        }

        b.Property(c => c.Version).IsConcurrencyToken();
        // One current claim per visit; every version of a MA_LK is numbered once.
        b.HasIndex(c => new { c.ProvinceCode, c.MaLk, c.ClaimVersion }).IsUnique();
        b.HasIndex(c => new { c.OrgUnitId, c.VisitDate });
        b.HasIndex(c => new { c.ProvinceCode, c.EncounterId });
        b.HasOne<Encounter>().WithMany().HasForeignKey(c => new { c.ProvinceCode, c.EncounterId }).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
