namespace CoSo.Core.Indicators;

/// <summary>
/// A stored numerator/denominator of one disaggregation category (e.g. "sex:F", "age:60+") of an indicator for one
/// org unit and period. Kept beside <see cref="IndicatorResult"/> (the totals), computed and rolled up the same way.
/// </summary>
public sealed class IndicatorBreakdown
{
    public Guid Id { get; set; }

    public string IndicatorCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public string Period { get; set; } = string.Empty;

    /// <summary>Category key, see <see cref="AgeBands"/>.</summary>
    public string Category { get; set; } = string.Empty;

    public long Numerator { get; set; }

    public long Denominator { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
