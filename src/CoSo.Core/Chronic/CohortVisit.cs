namespace CoSo.Core.Chronic;

/// <summary>One contact of a registered patient (a visit, or the registration itself) with what was measured.</summary>
public sealed record CohortVisit(DateOnly Date, int? Systolic = null, int? Diastolic = null, decimal? FastingGlucose = null, decimal? HbA1c = null);
