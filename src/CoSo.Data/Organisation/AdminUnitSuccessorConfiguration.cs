using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Organisation;

internal sealed class AdminUnitSuccessorConfiguration : IEntityTypeConfiguration<AdminUnitSuccessor>
{
    public void Configure(EntityTypeBuilder<AdminUnitSuccessor> b)
    {
        b.ToTable("admin_unit_successors");
        b.HasKey(s => new { s.OldCommuneCode, s.NewCommuneCode });
        b.Property(s => s.OldCommuneCode).HasMaxLength(5);
        b.Property(s => s.NewCommuneCode).HasMaxLength(5);
    }
}
