namespace CoSo.Data.Immunization;

public sealed record CoverageCell(string Code, int Numerator, int Denominator, decimal? Percent);
