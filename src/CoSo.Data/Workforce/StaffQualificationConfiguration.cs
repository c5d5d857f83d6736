using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Workforce;

internal sealed class StaffQualificationConfiguration : IEntityTypeConfiguration<StaffQualification>
{
    public void Configure(EntityTypeBuilder<StaffQualification> b)
    {
        b.ToTable("staff_qualifications");
        b.HasKey(q => q.Id);
        b.Property(q => q.Name).HasMaxLength(300);
        b.HasIndex(q => q.StaffId);
    }
}
