namespace CoSo.Data.Nutrition;

/// <summary>A child of the campaign list: age on the day, the last dose, and the dose due today (null when not due).</summary>
public sealed record VitaminAChild(Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, int AgeMonths, string? VillageName, DateOnly? LastDose, int? DueIu);
