namespace CoSo.Data.Bhyt;

/// <summary>
/// Where the file-drop gateway works (COSO_BHYT_GATEWAY_DIR, default ./bhyt-gateway next to the binaries) and the
/// facility certificate that signs the claims (COSO_BHYT_CERT: a PKCS#12 file; COSO_BHYT_CERT_PASSWORD). Without a
/// certificate the CHUKYDONVI element is left empty and the export warns.
/// </summary>
public sealed record BhytOptions(string GatewayDirectory, string? CertificatePath, string? CertificatePassword)
{
    public static BhytOptions FromEnvironment() => new(
        Environment.GetEnvironmentVariable("COSO_BHYT_GATEWAY_DIR") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "bhyt-gateway"),
        Environment.GetEnvironmentVariable("COSO_BHYT_CERT") is { Length: > 0 } cert ? cert : null,
        Environment.GetEnvironmentVariable("COSO_BHYT_CERT_PASSWORD"));
}
