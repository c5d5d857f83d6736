namespace CoSo.Core.Chronic;

/// <summary>The readings of one follow-up (mmHg, mmol/L, %).</summary>
public sealed record ProtocolReadings(int? Systolic = null, int? Diastolic = null, decimal? FastingGlucose = null, decimal? CapillaryGlucose = null, decimal? HbA1c = null);
