namespace CoSo.Core.Chronic;

/// <summary>Control thresholds: a reading is controlled when strictly below them.</summary>
public sealed record ProtocolTarget
{
    public int Systolic { get; init; } = 140;

    public int Diastolic { get; init; } = 90;

    public decimal FastingGlucose { get; init; } = 7.0m;

    public decimal HbA1c { get; init; } = 7.0m;
}
