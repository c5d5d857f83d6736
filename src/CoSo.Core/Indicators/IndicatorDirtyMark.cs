namespace CoSo.Core.Indicators;

/// <summary>
/// "The results of this station for this month are stale": appended by the write path (no unique key, so that
/// concurrent writers never conflict), consumed and deleted by the recomputation.
/// </summary>
public sealed class IndicatorDirtyMark
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    /// <summary>A month, "2026-10".</summary>
    public string Period { get; set; } = string.Empty;

    public DateTimeOffset MarkedAt { get; set; }

    /// <summary>
    /// The entity type whose write made the mark ("Encounter"), so that only the indicators that read that type are
    /// recomputed; null means "anything may have changed" (every indicator).
    /// </summary>
    public string? Source { get; set; }
}
