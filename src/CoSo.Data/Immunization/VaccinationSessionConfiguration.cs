using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Immunization;

internal sealed class VaccinationSessionConfiguration : IEntityTypeConfiguration<VaccinationSession>
{
    public void Configure(EntityTypeBuilder<VaccinationSession> b)
    {
        b.ToTable("vaccination_sessions");
        // (province, id): the distribution column in the key, so the table distributes on Citus (ADR 0017).
        b.HasKey(e => new { e.ProvinceCode, e.Id });
        b.HasIndex(e => e.Id);
        b.Property(e => e.ProvinceCode).HasMaxLength(2);
        b.Property(e => e.VillageIds).HasMaxLength(2000);
        b.Property(e => e.Notes).HasMaxLength(500);
        b.HasIndex(e => new { e.StationId, e.Date });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.StationId).OnDelete(DeleteBehavior.Restrict);
    }
}
