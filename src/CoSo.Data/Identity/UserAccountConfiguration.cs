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
        b.Property(u => u.SecurityStamp).HasMaxLength(32);
        b.Property(u => u.TotpSecret).HasMaxLength(64);
        b.HasIndex(u => u.UserName).IsUnique();
        b.HasMany(u => u.Units).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.EndReason).HasMaxLength(20);
        b.Property(s => s.RemoteAddress).HasMaxLength(45);
        b.Property(s => s.UserAgent).HasMaxLength(200);
        b.HasIndex(s => new { s.UserId, s.EndedAt });
        b.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
