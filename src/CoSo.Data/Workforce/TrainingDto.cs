namespace CoSo.Data.Workforce;

public sealed record TrainingDto(Guid Id, string Course, string? Provider, DateOnly Start, DateOnly End, decimal Hours);
