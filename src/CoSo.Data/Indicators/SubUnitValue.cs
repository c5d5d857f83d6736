namespace CoSo.Data.Indicators;

/// <summary>A sub-unit's figure: <see cref="Value"/> over the registry; for T1 and T3 also over its population and the value judged.</summary>
public sealed record SubUnitValue(Guid OrgUnitId, string Code, string Name, long Numerator, long Denominator, decimal? Value,
    long? PopulationDenominator = null, decimal? PopulationValue = null, decimal? JudgedValue = null);
