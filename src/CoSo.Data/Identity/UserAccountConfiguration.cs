using CoSo.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Identity;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("user_accounts");
        b.HasKey(u => u.Id);
        b.Property(u => u.UserName).HasMaxLength(60);
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.Property(u => u.PasswordHash).HasMaxLength(200);
        b.HasIndex(u => u.UserName).IsUnique();
        b.HasMany(u => u.Units).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
