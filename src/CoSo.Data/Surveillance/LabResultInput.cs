namespace CoSo.Data.Surveillance;

/// <summary>A laboratory result to add to a case: test, specimen date, result and (optionally) the lab.</summary>
public sealed record LabResultInput(string? Test, DateOnly? SpecimenDate, string? Result, string? Lab = null);
