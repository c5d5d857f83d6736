namespace CoSo.Core.Workforce;

public sealed record TrainingInput(string Course, string? Provider, DateOnly Start, DateOnly End, decimal Hours);
