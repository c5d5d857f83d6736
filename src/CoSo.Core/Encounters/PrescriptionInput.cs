namespace CoSo.Core.Encounters;

public sealed record PrescriptionInput(string Drug, string? Strength, string? Dose, decimal Quantity, int Days);
