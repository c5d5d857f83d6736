namespace CoSo.Core.Identity;

public sealed class UserAccount
{
    public Guid Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public Role Role { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// Changes whenever the account's access changes (password, role, units, deactivation): every session cookie
    /// carries the stamp it was issued with and stops working when it no longer matches (docs/security.md).
    /// </summary>
    public string SecurityStamp { get; set; } = NewStamp();

    /// <summary>Base32 TOTP secret (RFC 6238) when the user enrolled a second factor; null otherwise.</summary>
    public string? TotpSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<UserOrgUnit> Units { get; set; } = [];

    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
