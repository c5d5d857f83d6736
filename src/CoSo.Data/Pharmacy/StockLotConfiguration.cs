using CoSo.Core.Organisation;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Pharmacy;

internal sealed class StockLotConfiguration : IEntityTypeConfiguration<StockLot>
{
    public void Configure(EntityTypeBuilder<StockLot> b)
    {
        b.ToTable("stock_lots");
        b.HasKey(l => new { l.ProvinceCode, l.Id });
        b.Property(l => l.ProvinceCode).HasMaxLength(2);
        b.Property(l => l.DrugCode).HasMaxLength(20);
        b.Property(l => l.LotNumber).HasMaxLength(40);
        b.Property(l => l.Supplier).HasMaxLength(200);
        b.Property(l => l.UnitPrice).HasPrecision(14, 2);
        b.Property(l => l.Quantity).HasPrecision(12, 2);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => l.Id);
        // First-expiry-first-out picks the lots of one drug at one station by expiry.
        b.HasIndex(l => new { l.StationId, l.DrugCode, l.ExpiryDate });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Drug>().WithMany().HasForeignKey(l => l.DrugCode).OnDelete(DeleteBehavior.Restrict);
    }
}
