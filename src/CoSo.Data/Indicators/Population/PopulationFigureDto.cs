namespace CoSo.Data.Indicators.Population;

/// <summary>A stored population figure with its unit.</summary>
public sealed record PopulationFigureDto(Guid OrgUnitId, string OrgUnitCode, string OrgUnitName, int Year, long Population, string Source, DateTimeOffset UpdatedAt, string? UpdatedBy);
