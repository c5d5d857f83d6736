namespace CoSo.Core.Encounters;

/// <summary>Bounds for one vital sign: outside [Min, Max] is physiologically impossible (rejected);
/// outside [UsualMin, UsualMax) is possible but unusual (accepted and flagged).</summary>
public sealed record VitalRange(string Field, decimal Min, decimal Max, decimal UsualMin, decimal UsualMax);
