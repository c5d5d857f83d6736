namespace CoSo.Data.Indicators;

public sealed record SubUnitValue(Guid OrgUnitId, string Code, string Name, long Numerator, long Denominator, decimal? Value);
