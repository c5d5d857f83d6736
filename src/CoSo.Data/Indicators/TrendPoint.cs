namespace CoSo.Data.Indicators;

/// <summary>A period's value as the target is judged (over the population for T1 and T3 when there is a figure), and the registry's.</summary>
public sealed record TrendPoint(string Period, decimal? Value, decimal? RegistryValue = null);
