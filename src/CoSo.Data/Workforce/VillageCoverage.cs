namespace CoSo.Data.Workforce;

/// <summary>A village and the number of trained (≥ 6 months) village health workers posted there on the date.</summary>
public sealed record VillageCoverage(Guid VillageId, string Name, Guid? StationId, string? StationName, int TrainedWorkers, int UntrainedWorkers);
