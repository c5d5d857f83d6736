using CoSo.Core.FamilyPlanning;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.FamilyPlanning;

internal sealed class ContraceptiveUseConfiguration : IEntityTypeConfiguration<ContraceptiveUse>
{
    public void Configure(EntityTypeBuilder<ContraceptiveUse> b)
    {
        b.ToTable("contraceptive_uses");
        b.HasKey(u => new { u.ProvinceCode, u.Id });
        b.Property(u => u.ProvinceCode).HasMaxLength(2);
        b.Property(u => u.StopReason).HasMaxLength(200);
        b.Property(u => u.LastSupplyQuantity).HasPrecision(8, 2);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasIndex(u => u.Id);
        b.HasIndex(u => new { u.ProvinceCode, u.PersonId });
        // Current users and resupply due lists of a station.
        b.HasIndex(u => new { u.OrgUnitId, u.StoppedOn, u.NextSupplyDue });
        b.HasOne<Person>().WithMany().HasForeignKey(u => new { u.ProvinceCode, u.PersonId }).OnDelete(DeleteBehavior.Restrict);
    }
}
