namespace CoSo.Core.Identity;

/// <summary>
/// One signed-in session (a cookie): created at sign-in, checked at least once a minute while used, ended by logout,
/// by the user from the sessions page, or by an access change of the account (docs/security.md).
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>logout, ended-by-user, deactivated, password, role, expired.</summary>
    public string? EndReason { get; set; }

    public string? RemoteAddress { get; set; }

    public string? UserAgent { get; set; }
}
