namespace CoSo.Data.Indicators.Dhis2;

/// <summary>
/// One indicator part sent to one DHIS2 data element; the default category option combo when none is given.
/// With <see cref="Category"/> (e.g. "sex:F", "age:60+"), the part of that disaggregation category is sent instead of
/// the total — typically to the DHIS2 category option combo that stands for it.
/// </summary>
public sealed record Dhis2ElementMapping(string Indicator, string Part, string DataElement, string? CategoryOptionCombo, string? Category = null);
