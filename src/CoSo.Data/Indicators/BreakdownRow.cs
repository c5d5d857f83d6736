namespace CoSo.Data.Indicators;

/// <summary>One disaggregation category of an indicator for a unit and period, with its labels and value.</summary>
public sealed record BreakdownRow(string Category, string NameVi, string NameEn, long Numerator, long Denominator, decimal? Value);
