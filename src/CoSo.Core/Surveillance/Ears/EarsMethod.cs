namespace CoSo.Core.Surveillance.Ears;

/// <summary>The three CDC EARS aberration-detection methods.</summary>
public enum EarsMethod
{
    /// <summary>Baseline: the <c>b</c> periods immediately before the current one.</summary>
    C1,

    /// <summary>Baseline: <c>b</c> periods ending three periods before the current one (two-period guard band).</summary>
    C2,

    /// <summary>Sum over the current and two previous periods of the C2 statistic's excess over 1.</summary>
    C3,
}
