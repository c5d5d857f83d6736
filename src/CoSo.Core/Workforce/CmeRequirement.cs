namespace CoSo.Core.Workforce;

/// <summary>CME hours required per rolling window (default 120 hours in 5 years; configurable per deployment).</summary>
public sealed record CmeRequirement(decimal Hours = 120, int Years = 5)
{
    public static CmeRequirement Default { get; } = new();
}
