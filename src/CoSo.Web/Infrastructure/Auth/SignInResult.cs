namespace CoSo.Web.Infrastructure.Auth;

public sealed record SignInResult(bool Succeeded, int? LockedMinutes)
{
    public static SignInResult Success { get; } = new(true, null);

    public static SignInResult Invalid { get; } = new(false, null);
}
