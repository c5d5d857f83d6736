namespace CoSo.Core.Immunization;

/// <summary>
/// A dose recorded as given. The engine assigns doses of a series in date order, so
/// <see cref="Dose"/> is what the register says, not what the engine trusts.
/// </summary>
public readonly record struct GivenDose(string Vaccine, int Dose, DateOnly Date);
