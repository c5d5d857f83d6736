namespace CoSo.Data.Indicators.Dhis2;

/// <summary>One indicator part sent to one DHIS2 data element; the default category option combo when none is given.</summary>
public sealed record Dhis2ElementMapping(string Indicator, string Part, string DataElement, string? CategoryOptionCombo);
