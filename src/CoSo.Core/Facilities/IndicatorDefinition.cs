namespace CoSo.Core.Facilities;

/// <summary>One scored indicator of a criterion. <see cref="Target"/> is the pass mark of a Percent indicator.</summary>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    decimal Points,
    IndicatorKind Kind,
    decimal? Target = null,
    IndicatorSource Source = IndicatorSource.Manual,
    string? AutoKey = null,
    string? Evidence = null);
