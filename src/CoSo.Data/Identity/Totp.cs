using OtpNet;

namespace CoSo.Data.Identity;

/// <summary>
/// RFC 6238 time-based one-time passwords (Otp.NET): 6 digits, 30-second steps, SHA-1 — what authenticator apps
/// (Google Authenticator, Microsoft Authenticator, FreeOTP) read from an <c>otpauth://</c> URI. One step of clock drift
/// either side is accepted, and a code is accepted once only (the step is remembered in memory per user).
/// </summary>
public static class Totp
{
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string Uri(string secret, string userName, string issuer = "CoSo") =>
        new OtpUri(OtpType.Totp, secret, userName, issuer).ToString();

    /// <summary>True when <paramref name="code"/> is valid now; <paramref name="step"/> is the matched time step.</summary>
    public static bool Verify(string secret, string? code, DateTimeOffset now, out long step)
    {
        step = 0;
        var digits = code?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(digits) || digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(now.UtcDateTime, digits, out step, new VerificationWindow(previous: 1, future: 1));
    }

    /// <summary>The code for a moment (tests and the enrolment check).</summary>
    public static string Code(string secret, DateTimeOffset at) => new OtpNet.Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(at.UtcDateTime);
}
