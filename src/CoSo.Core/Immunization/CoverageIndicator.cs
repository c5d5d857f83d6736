namespace CoSo.Core.Immunization;

/// <summary>
/// One coverage indicator: a child of the cohort counts in the numerator when every component dose is valid
/// before the deadline (the cohort birthday, or <see cref="MaxDaysAfterBirth"/> days after birth when set).
/// </summary>
public sealed record CoverageIndicator(string Code, CoverageCohort Cohort, IReadOnlyList<VaccineDose> Components, int? MaxDaysAfterBirth = null);
