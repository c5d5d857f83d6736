namespace CoSo.Core.Indicators;

/// <summary>A numerator and denominator for one org unit (a station, or after roll-up any unit above).</summary>
public readonly record struct UnitValue(Guid OrgUnitId, long Numerator, long Denominator);
