namespace CoSo.Core.Indicators;

/// <summary>A stored numerator/denominator of one indicator for one org unit and period (stations computed, units above rolled up).</summary>
public sealed class IndicatorResult
{
    public Guid Id { get; set; }

    public string IndicatorCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    /// <summary>The period as text ("2026-10", "2026-Q3", "2026"), see <see cref="Indicators.Period"/>.</summary>
    public string Period { get; set; } = string.Empty;

    public long Numerator { get; set; }

    public long Denominator { get; set; }

    /// <summary>
    /// For a definition judged on the population (T1, T3): the unit's population in the period's year
    /// (<see cref="PopulationDenominators"/>), null when it has none. <see cref="Denominator"/> stays the registry's.
    /// </summary>
    public long? Population { get; set; }

    public IndicatorStatus Status { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}
