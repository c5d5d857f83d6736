namespace CoSo.Core.Indicators;

/// <summary>A disaggregation category: its stable key (stored, in the API and the DHIS2 mapping) and its labels.</summary>
public sealed record BreakdownCategory(string Key, string NameVi, string NameEn);
