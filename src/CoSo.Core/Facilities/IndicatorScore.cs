namespace CoSo.Core.Facilities;

public sealed record IndicatorScore(string Code, decimal? Value, decimal Points, decimal MaxPoints, bool IsAuto, string? Note);
