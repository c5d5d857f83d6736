namespace CoSo.Data.Indicators;

public sealed record TrendPoint(string Period, decimal? Value);
