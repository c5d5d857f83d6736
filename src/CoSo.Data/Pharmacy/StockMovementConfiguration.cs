using CoSo.Core.Organisation;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Pharmacy;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> b)
    {
        b.ToTable("stock_movements");
        b.HasKey(m => new { m.ProvinceCode, m.Id });
        b.Property(m => m.ProvinceCode).HasMaxLength(2);
        b.Property(m => m.DrugCode).HasMaxLength(20);
        b.Property(m => m.Reason).HasMaxLength(300);
        b.Property(m => m.Quantity).HasPrecision(12, 2);
        b.Property(m => m.UnitPrice).HasPrecision(14, 2);
        // The monthly stock report sums a station's movements by lot over a date range.
        b.HasIndex(m => new { m.StationId, m.OnDate, m.LotId });
        b.HasIndex(m => new { m.ProvinceCode, m.LotId });
        b.HasIndex(m => new { m.ProvinceCode, m.PrescriptionLineId });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StockLot>().WithMany().HasForeignKey(m => new { m.ProvinceCode, m.LotId }).OnDelete(DeleteBehavior.Restrict);
    }
}
