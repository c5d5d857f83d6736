namespace CoSo.Data.Chronic;

public sealed record CareMedication(DateOnly Date, string Drug, string? Strength, string? Dose, int Days);
