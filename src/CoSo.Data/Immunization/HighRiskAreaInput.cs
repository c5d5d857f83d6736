namespace CoSo.Data.Immunization;

public sealed record HighRiskAreaInput(bool HighRisk, string? Note = null);
