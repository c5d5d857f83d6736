namespace CoSo.Core.Indicators;

/// <summary>
/// The population a unit's population indicators are divided by in a year: its own figure (<see cref="Own"/>, from
/// <see cref="FromYear"/> = <see cref="ToYear"/>), or the sum of its <see cref="Parts"/> sub-units' populations whose
/// figures date from <see cref="FromYear"/>–<see cref="ToYear"/>.
/// </summary>
public sealed record UnitPopulation(Guid OrgUnitId, long Population, bool Own, int FromYear, int ToYear, int Parts, string? Source);
