namespace CoSo.Data.Indicators.Population;

/// <summary>The body of PUT /api/v1/indicators/population/{orgUnitId}/{year}.</summary>
public sealed record PopulationInput(long Population, string? Source);
