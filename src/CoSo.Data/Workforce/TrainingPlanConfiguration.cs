using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Workforce;

internal sealed class TrainingPlanConfiguration : IEntityTypeConfiguration<TrainingPlan>
{
    public void Configure(EntityTypeBuilder<TrainingPlan> b)
    {
        b.ToTable("staff_training_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Note).HasMaxLength(500);
        b.Property(p => p.UpdatedBy).HasMaxLength(100);
        b.HasIndex(p => new { p.OrgUnitId, p.Year }).IsUnique();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
