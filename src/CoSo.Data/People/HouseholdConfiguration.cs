using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.People;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> b)
    {
        b.ToTable("households");
        b.HasKey(h => new { h.ProvinceCode, h.Id });
        b.Property(h => h.ProvinceCode).HasMaxLength(2);
        b.Property(h => h.Code).HasMaxLength(30);
        b.Property(h => h.AddressLine).HasMaxLength(200);
        b.Property(h => h.Version).IsConcurrencyToken();
        b.HasIndex(h => h.Id);
        b.HasIndex(h => new { h.ProvinceCode, h.Code }).IsUnique();
        b.HasIndex(h => new { h.OrgUnitId, h.VillageId });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(h => h.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(h => h.VillageId).OnDelete(DeleteBehavior.Restrict);
    }
}
