namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// The outcome of a sign-in. A wrong password, an unknown user and a locked account give the same answer (same message,
/// a password hash computed in each case), so the answer does not tell whether an account exists.
/// </summary>
public sealed record SignInResult(bool Succeeded, SignInFailure? Failure = null)
{
    public static SignInResult Success { get; } = new(true);

    public static SignInResult Invalid { get; } = new(false, SignInFailure.Invalid);

    /// <summary>Obsolete shape kept for callers: sign-in never reports a lock separately any more.</summary>
    public int? LockedMinutes => null;
}

public enum SignInFailure
{
    /// <summary>Unknown user, wrong password, inactive or locked account: one message.</summary>
    Invalid,

    /// <summary>The password was right and the account needs a TOTP code (none or a wrong one was given).</summary>
    TotpRequired,

    /// <summary>The role must use a second factor and the account has none enrolled: an administrator enrols it.</summary>
    TotpNotEnrolled,
}
