namespace CoSo.Data.Immunization;

/// <summary>One station's (or the area total's) indicators for the month and year to date.</summary>
public sealed record CoverageRow(Guid? UnitId, string UnitName, IReadOnlyList<CoverageCell> Month, IReadOnlyList<CoverageCell> YearToDate, decimal? DropoutMonth, decimal? DropoutYearToDate);
