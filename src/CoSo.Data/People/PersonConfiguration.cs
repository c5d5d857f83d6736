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
        b.Property(p => p.DeathCauseCode).HasMaxLength(10);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.EffectiveBirthDate);

        // Every index here is paid for by every registration and every imported row, so each one earns its place (ADR 0006).
        b.HasIndex(p => p.Id);

        // One unique index is both the (province, CCCD) key of the import's upsert (ON CONFLICT matches an index by its
        // set of columns, not their order) and the CCCD search without a province; Citus needs the province in it, not first.
        b.HasIndex(p => new { p.Cccd, p.ProvinceCode }).IsUnique().HasFilter("cccd IS NOT NULL");
        // Name search (prefix of the folded name) and the probable-duplicate probe (same folded name, birth year and
        // commune) in one index: a common name alone matches hundreds of residents of a province.
        b.HasIndex(p => new { p.NameKey, p.BirthYear, p.CommuneCode });

        // A BHYT card is found through its 10-digit social-insurance number (its last ten characters), so the card
        // number itself needs no index of its own.
        b.HasIndex(p => p.SocialInsuranceNumber);
        b.HasIndex(p => p.Phone);

        // The station's residents: (org_unit_id, birth_date) of the immunization register leads with the station;
        // village_id has the index EF makes for its foreign key.
        b.HasIndex(p => new { p.ProvinceCode, p.HouseholdId }).HasFilter("household_id IS NOT NULL");

        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.VillageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Household>().WithMany().HasForeignKey(p => new { p.ProvinceCode, p.HouseholdId }).OnDelete(DeleteBehavior.Restrict);
    }
}
