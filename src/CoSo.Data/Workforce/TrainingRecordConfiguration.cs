using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Workforce;

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.ToTable("staff_training");
        b.HasKey(t => t.Id);
        b.Property(t => t.Course).HasMaxLength(300);
        b.Property(t => t.Provider).HasMaxLength(300);
        b.Property(t => t.Hours).HasPrecision(7, 1);
        b.HasIndex(t => new { t.StaffId, t.End });
        b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
