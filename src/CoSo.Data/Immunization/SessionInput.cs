namespace CoSo.Data.Immunization;

/// <summary>A session day to plan; no villages = all villages of the station.</summary>
public sealed record SessionInput(Guid StationId, DateOnly Date, IReadOnlyList<Guid>? VillageIds, string? Notes);
