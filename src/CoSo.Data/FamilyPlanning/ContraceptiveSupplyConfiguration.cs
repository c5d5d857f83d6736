using CoSo.Core.FamilyPlanning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.FamilyPlanning;

internal sealed class ContraceptiveSupplyConfiguration : IEntityTypeConfiguration<ContraceptiveSupply>
{
    public void Configure(EntityTypeBuilder<ContraceptiveSupply> b)
    {
        b.ToTable("contraceptive_supplies");
        b.HasKey(s => new { s.ProvinceCode, s.Id });
        b.Property(s => s.ProvinceCode).HasMaxLength(2);
        b.Property(s => s.Quantity).HasPrecision(8, 2);
        b.HasIndex(s => s.Id);
        b.HasIndex(s => new { s.OrgUnitId, s.GivenOn });
        b.HasOne<ContraceptiveUse>().WithMany().HasForeignKey(s => new { s.ProvinceCode, s.UseId }).OnDelete(DeleteBehavior.Cascade);
    }
}
