namespace CoSo.Data.Immunization;

/// <summary>A station in scope and whether its catchment is a high-risk area for immunization.</summary>
public sealed record HighRiskAreaDto(Guid StationId, string StationName, bool HighRisk, DateTimeOffset? MarkedAt, string? Note);
