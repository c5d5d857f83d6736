namespace CoSo.Data.Maternal;

/// <summary>A village health worker's "pregnant woman found": the day, the last period if she knows it, a note.</summary>
public sealed record PregnancyReportInput(DateOnly? ReportedOn = null, DateOnly? LastMenstrualPeriod = null, string? Note = null);
