namespace CoSo.Data.Chronic;

public sealed record CareReading(DateOnly Date, int? Systolic, int? Diastolic, decimal? CapillaryGlucose, decimal? FastingGlucose, decimal? HbA1c);
