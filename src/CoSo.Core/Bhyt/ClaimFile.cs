namespace CoSo.Core.Bhyt;

/// <summary>A GIAMDINHHS envelope read back: its header, its HOSO, and what was wrong with its structure.</summary>
public sealed record ClaimFile(string MaCskcb, string NgayLap, int DeclaredCount, IReadOnlyList<ClaimDocument> Documents, IReadOnlyList<ClaimViolation> Structure, bool HasSignature);
