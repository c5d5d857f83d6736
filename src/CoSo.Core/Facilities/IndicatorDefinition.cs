namespace CoSo.Core.Facilities;

/// <summary>
/// One scored indicator of a criterion. <see cref="Target"/> is the pass mark of a Percent indicator.
/// <see cref="Critical"/> marks a knock-out item ("điểm liệt"): failing it fails the whole assessment whatever the
/// total. Only yes/no and percent indicators can be critical, since only they pass or fail outright.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    decimal Points,
    IndicatorKind Kind,
    decimal? Target = null,
    IndicatorSource Source = IndicatorSource.Manual,
    string? AutoKey = null,
    string? Evidence = null,
    bool Critical = false);
