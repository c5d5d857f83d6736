using CoSo.Core.Bhyt;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Bhyt;

internal sealed class BhytClaimBatchConfiguration : IEntityTypeConfiguration<BhytClaimBatch>
{
    public void Configure(EntityTypeBuilder<BhytClaimBatch> b)
    {
        b.ToTable("bhyt_claim_batches");
        // (province, id): the distribution column in the key, so the table distributes on Citus (ADR 0017).
        b.HasKey(x => new { x.ProvinceCode, x.Id });
        b.HasIndex(x => x.Id);
        b.Property(x => x.ProvinceCode).HasMaxLength(2);
        b.Property(x => x.MaCskcb).HasMaxLength(5);
        b.Property(x => x.TotalBv).HasPrecision(15, 2);
        b.Property(x => x.FundPays).HasPrecision(15, 2);
        b.HasIndex(x => new { x.StationId, x.From });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}
