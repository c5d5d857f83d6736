namespace CoSo.Data.Bhyt;

/// <summary>
/// The social-insurance gateway as CoSo sees it: submit one claim version (its GIAMDINHHS envelope and check-in
/// record), and collect the answers. The real gateway (egw.baohiemxahoi.gov.vn, bhyt-xml-notes.md §2) is not
/// reachable from here; <see cref="FileDropClaimGateway"/> drops files in a folder for upload and reads answers back.
/// </summary>
public interface IClaimGateway
{
    Task<ClaimReceipt> SubmitAsync(ClaimSubmission submission, CancellationToken ct);

    Task<IReadOnlyList<ClaimAnswer>> AnswersAsync(CancellationToken ct);
}

public sealed record ClaimSubmission(string MaCskcb, string MaLk, int ClaimVersion, byte[] Envelope, string? CheckInXml);

/// <summary>maGiaoDich and thoiGianTiepNhan of the gateway's receipt.</summary>
public sealed record ClaimReceipt(string Transaction, DateTimeOffset At);

/// <summary>The gateway's answer to one claim version: accepted, or rejected with its reason code (maKetQua) and message.</summary>
public sealed record ClaimAnswer(string MaLk, int ClaimVersion, bool Accepted, string? Code, string? Message, DateTimeOffset At);
