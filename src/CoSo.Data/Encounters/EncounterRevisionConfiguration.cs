using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Encounters;

internal sealed class EncounterRevisionConfiguration : IEntityTypeConfiguration<EncounterRevision>
{
    public void Configure(EntityTypeBuilder<EncounterRevision> b)
    {
        b.ToTable("encounter_revisions");
        b.HasKey(r => new { r.ProvinceCode, r.Id });
        b.Property(r => r.ProvinceCode).HasMaxLength(2);
        b.Property(r => r.Change).HasMaxLength(10);
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.ChangedByName).HasMaxLength(200);
        b.HasIndex(r => new { r.ProvinceCode, r.EncounterId, r.Version }).IsUnique();
        b.HasOne<Encounter>().WithMany().HasForeignKey(r => new { r.ProvinceCode, r.EncounterId }).OnDelete(DeleteBehavior.Cascade);
    }
}
