using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Workforce;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> b)
    {
        b.ToTable("staff_postings");
        b.HasKey(p => p.Id);
        b.Property(p => p.Purpose).HasMaxLength(500);
        b.HasIndex(p => p.StaffId);
        b.HasIndex(p => new { p.OrgUnitId, p.Start });
        b.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.FromUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
