namespace CoSo.Core.Facilities;

/// <summary>An entry of the commune-level technical-service list (data/facilities/commune-technical-services.csv).</summary>
public sealed record TechnicalService(string Code, string Group, string NameVi);
