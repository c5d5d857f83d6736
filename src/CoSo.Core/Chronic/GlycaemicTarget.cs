namespace CoSo.Core.Chronic;

/// <summary>
/// A treatment target for type 2 diabetes: HbA1c strictly below <see cref="HbA1c"/> (%), fasting / pre-meal capillary
/// glucose within [<see cref="FastingLow"/>, <see cref="FastingHigh"/>] mmol/L. One row per group of data/chronic/protocols.json
/// ("treatmentTargets"); the row with the highest <see cref="MinimumAge"/> not above the patient's age and the
/// patient's older-adult health status (none = healthy) applies.
/// </summary>
public sealed record GlycaemicTarget
{
    public string Group { get; init; } = string.Empty;

    public int MinimumAge { get; init; }

    public OlderAdultHealth? Health { get; init; }

    public decimal HbA1c { get; init; } = 7.0m;

    public decimal FastingLow { get; init; } = 4.4m;

    public decimal FastingHigh { get; init; } = 7.2m;

    public string? Source { get; init; }
}
