namespace CoSo.Core.Immunization;

/// <summary>
/// One coverage indicator: a child of the cohort counts in the numerator when every component dose is valid
/// before the deadline (the cohort birthday; none for a birth cohort). With <see cref="Timing"/> (the birth-dose
/// indicators) the single component counts only when its dose was given in that time after birth
/// (<see cref="CoverageCalculator.BirthDoseTimingOf"/>).
/// </summary>
public sealed record CoverageIndicator(string Code, CoverageCohort Cohort, IReadOnlyList<VaccineDose> Components, BirthDoseTiming? Timing = null);
