namespace CoSo.Data.Indicators.Dhis2;

public sealed record DataValue(string DataElement, string Period, string OrgUnit, string? CategoryOptionCombo, string Value);
