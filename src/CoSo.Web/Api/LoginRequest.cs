namespace CoSo.Web.Api;

/// <summary>The sign-in body; <c>TotpCode</c> is the 6-digit code of an enrolled second factor (docs/security.md).</summary>
public sealed record LoginRequest(string? UserName, string? Password, string? TotpCode = null);
