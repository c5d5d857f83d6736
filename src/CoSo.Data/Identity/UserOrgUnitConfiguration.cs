using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Identity;

internal sealed class UserOrgUnitConfiguration : IEntityTypeConfiguration<UserOrgUnit>
{
    public void Configure(EntityTypeBuilder<UserOrgUnit> b)
    {
        b.ToTable("user_org_units");
        b.HasKey(x => new { x.UserId, x.OrgUnitId });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
