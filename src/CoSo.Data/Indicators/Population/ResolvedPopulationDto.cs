namespace CoSo.Data.Indicators.Population;

/// <summary>
/// The population T1 and T3 of a unit are divided by in a year: <see cref="Basis"/> "own" (the unit's figure of
/// <see cref="FromYear"/>), "sum" (of <see cref="Parts"/> sub-units, figures of <see cref="FromYear"/>–<see cref="ToYear"/>)
/// or "none" (judged on the registry).
/// </summary>
public sealed record ResolvedPopulationDto(Guid OrgUnitId, string OrgUnitCode, int Year, long? Population, string Basis, int? FromYear, int? ToYear, int Parts, string? Source);
