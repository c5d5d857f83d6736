using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");

        // Citus-ready: the province code leads every key of a person-level table (ADR 0002).
        b.HasKey(p => new { p.ProvinceCode, p.Id });
        b.Property(p => p.ProvinceCode).HasMaxLength(2);
        b.Property(p => p.FullName).HasMaxLength(100);
        b.Property(p => p.NameKey).HasMaxLength(100);
        b.Property(p => p.Cccd).HasMaxLength(12);
        b.Property(p => p.CommuneCode).HasMaxLength(5);
        b.Property(p => p.EthnicityCode).HasMaxLength(2);
        b.Property(p => p.Phone).HasMaxLength(15);
        b.Property(p => p.AddressLine).HasMaxLength(200);
        b.Property(p => p.BhytNumber).HasMaxLength(15);
        b.Property(p => p.SocialInsuranceNumber).HasMaxLength(10);
        b.Property(p => p.BhytFacilityCode).HasMaxLength(5);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.EffectiveBirthDate);

        b.HasIndex(p => p.Id);
        b.HasIndex(p => new { p.ProvinceCode, p.Cccd }).IsUnique().HasFilter("cccd IS NOT NULL");
        b.HasIndex(p => p.Cccd);
        b.HasIndex(p => p.NameKey);
        b.HasIndex(p => p.BhytNumber);
        b.HasIndex(p => p.SocialInsuranceNumber);
        b.HasIndex(p => p.Phone);
        b.HasIndex(p => new { p.OrgUnitId, p.VillageId });
        b.HasIndex(p => new { p.ProvinceCode, p.HouseholdId });

        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Household>().WithMany().HasForeignKey(p => new { p.ProvinceCode, p.HouseholdId }).OnDelete(DeleteBehavior.Restrict);
    }
}
