namespace CoSo.Data.People;

/// <summary>The columns of the people-import CSV (docs/import-people.md) and the map from rule fields to them.</summary>
internal static class ImportColumns
{
    public const string Cccd = "cccd";
    public const string FullName = "full_name";
    public const string BirthDate = "birth_date";
    public const string BirthYear = "birth_year";
    public const string Sex = "sex";
    public const string EthnicityCode = "ethnicity_code";
    public const string Phone = "phone";
    public const string Address = "address";
    public const string StationCode = "station_code";
    public const string VillageCode = "village_code";
    public const string BhytNumber = "bhyt_number";
    public const string BhytValidFrom = "bhyt_valid_from";
    public const string BhytValidTo = "bhyt_valid_to";
    public const string BhytFacilityCode = "bhyt_facility_code";

    public static string FromRuleField(string field) => field switch
    {
        "fullName" => FullName,
        "birthDate" => BirthDate,
        "ethnicityCode" => EthnicityCode,
        "addressLine" => Address,
        "bhytNumber" => BhytNumber,
        "bhytValidFrom" => BhytValidFrom,
        "bhytValidTo" => BhytValidTo,
        "bhytFacilityCode" => BhytFacilityCode,
        _ => field,
    };
}
