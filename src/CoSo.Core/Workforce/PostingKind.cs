namespace CoSo.Core.Workforce;

/// <summary>
/// Why a worker is at a unit: their regular posting, or a temporary move from a higher-level unit —
/// rotation (luân phiên), secondment (điều động) — or a transfer (luân chuyển) to the unit for a term.
/// </summary>
public enum PostingKind
{
    Regular = 1,
    Rotation = 2,
    Secondment = 3,
    Transfer = 4,
}
