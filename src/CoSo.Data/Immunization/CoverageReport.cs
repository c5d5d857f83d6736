namespace CoSo.Data.Immunization;

/// <summary>Coverage of the stations under a unit; the total adds numerators and denominators (never averages percentages).</summary>
public sealed record CoverageReport(Guid UnitId, int Year, int Month, IReadOnlyList<CoverageRow> Stations, CoverageRow Total);
