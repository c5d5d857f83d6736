using System.Text.Json;

namespace CoSo.Data.Indicators.Dhis2;

/// <summary>
/// data/dhis2/mapping.json: which DHIS2 data element (and category option combo) receives each indicator part
/// ("numerator", "denominator" or "value"), and which DHIS2 org unit id each CoSo org-unit code is. An org unit
/// without a mapping is sent by its CoSo code (import with orgUnitIdScheme=CODE).
/// </summary>
public sealed record Dhis2Mapping
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string DataSet { get; init; } = string.Empty;

    public IReadOnlyList<Dhis2ElementMapping> DataElements { get; init; } = [];

    public IReadOnlyDictionary<string, string> OrgUnits { get; init; } = new Dictionary<string, string>();

    public string OrgUnitOf(string cosoCode) => OrgUnits.TryGetValue(cosoCode, out var uid) ? uid : cosoCode;

    public static Dhis2Mapping Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dhis2Mapping>(stream, Json) ?? throw new InvalidDataException($"Empty DHIS2 mapping: {path}");
    }
}
