using CoSo.Core.Identity;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>Section <c>CoSo:Auth</c> (docs/security.md).</summary>
public sealed class AuthOptions
{
    /// <summary>How often a session cookie is checked against the account and its session row (default 60 s).</summary>
    public int SessionCheckSeconds { get; set; } = 60;

    /// <summary>Roles that must sign in with a TOTP code (e.g. ["ProvincialManager", "Administrator"]); empty = optional for all.</summary>
    public Role[] TotpRequiredRoles { get; set; } = [];

    public TimeSpan SessionCheckInterval => TimeSpan.FromSeconds(Math.Max(0, SessionCheckSeconds));
}
