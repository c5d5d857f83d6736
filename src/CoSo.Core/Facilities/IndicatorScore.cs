namespace CoSo.Core.Facilities;

/// <summary>A scored indicator; <see cref="KnockedOut"/> is true when it is a critical item that failed.</summary>
public sealed record IndicatorScore(string Code, decimal? Value, decimal Points, decimal MaxPoints, bool IsAuto, string? Note, bool Critical = false)
{
    public bool KnockedOut => Critical && Points < MaxPoints;
}
