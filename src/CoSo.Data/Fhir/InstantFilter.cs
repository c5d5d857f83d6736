namespace CoSo.Data.Fhir;

/// <summary>
/// A FHIR date comparison on an instant (<c>_lastUpdated</c>): the parameter is the range [<see cref="Start"/>,
/// <see cref="End"/>) its precision gives (a day is the Vietnamese day, a second the second); the row's instant is a point.
/// </summary>
public sealed record InstantFilter(DatePrefix Prefix, DateTimeOffset Start, DateTimeOffset End);
