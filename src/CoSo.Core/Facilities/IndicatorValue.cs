namespace CoSo.Core.Facilities;

/// <summary>The value given for an indicator in a self-assessment (null = not given), with its evidence note.</summary>
public sealed record IndicatorValue(string Code, decimal? Value, string? Note = null, bool IsAuto = false);
