using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Identity;

/// <summary>
/// A client assertion already spent at the token endpoint: its <c>jti</c>, kept until the assertion expires, so a
/// replayed assertion is refused on every web node (SMART Backend Services; OpenIddict keeps no trace of them).
/// </summary>
public sealed class ClientAssertionUse
{
    public string ClientId { get; set; } = string.Empty;

    public string Jti { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class ClientAssertionUseConfiguration : IEntityTypeConfiguration<ClientAssertionUse>
{
    public void Configure(EntityTypeBuilder<ClientAssertionUse> b)
    {
        b.ToTable("oauth_assertion_uses");
        b.HasKey(u => new { u.ClientId, u.Jti });
        b.Property(u => u.ClientId).HasMaxLength(100);
        b.Property(u => u.Jti).HasMaxLength(200);
        b.HasIndex(u => u.ExpiresAt);
    }
}
