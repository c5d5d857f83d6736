namespace CoSo.Core.Immunization;

/// <summary>A dose of a series, e.g. (`DTP-HepB-Hib`, 3).</summary>
public readonly record struct VaccineDose(string Vaccine, int Dose);
