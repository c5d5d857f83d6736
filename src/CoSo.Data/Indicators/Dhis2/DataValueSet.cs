namespace CoSo.Data.Indicators.Dhis2;

/// <summary>DHIS2 Web API /api/dataValueSets JSON payload.</summary>
public sealed record DataValueSet(string DataSet, string Period, string? OrgUnit, string CompleteDate, IReadOnlyList<DataValue> DataValues)
{
    public bool Equals(DataValueSet? other) =>
        other is not null && DataSet == other.DataSet && Period == other.Period && OrgUnit == other.OrgUnit
        && CompleteDate == other.CompleteDate && DataValues.SequenceEqual(other.DataValues);

    public override int GetHashCode() => HashCode.Combine(DataSet, Period, OrgUnit, CompleteDate, DataValues.Count);
}
