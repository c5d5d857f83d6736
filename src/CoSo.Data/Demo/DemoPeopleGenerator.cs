using System.Globalization;
using CoSo.Core.People;

namespace CoSo.Data.Demo;

/// <summary>Streams synthetic residents as rows of the people-import CSV format (docs/import-people.md).</summary>
public static class DemoPeopleGenerator
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "cccd", "full_name", "birth_date", "birth_year", "sex", "ethnicity_code", "phone", "address", "station_code",
        "village_code", "bhyt_number", "bhyt_valid_from", "bhyt_valid_to", "bhyt_facility_code",
    ];

    /// <summary>Rows (without the header) spread round-robin over the stations; deterministic for a seed and date.</summary>
    public static IEnumerable<string[]> Rows(int count, IReadOnlyList<DemoStation> stations, string provinceCode, int seed, DateOnly today)
    {
        var random = new DemoRandom(seed);
        var factory = new DemoHouseholdFactory(random, provinceCode, today);
        var produced = 0;
        var s = 0;
        while (produced < count)
        {
            var station = stations[s++ % stations.Count];
            var village = station.VillageCodes.Count == 0 ? string.Empty : random.Pick(station.VillageCodes);
            var address = $"Số {random.Next(1, 200)} xóm {random.Next(1, 20)}" + (station.AddressSuffix is null ? string.Empty : ", " + station.AddressSuffix);
            foreach (var r in factory.NextHousehold(count - produced))
            {
                produced++;
                yield return
                [
                    r.Cccd, r.FullName, Date(r.BirthDate), r.BirthDate is null ? r.BirthYear.ToString(CultureInfo.InvariantCulture) : string.Empty,
                    r.Sex == Sex.Male ? "M" : "F", r.EthnicityCode, r.Phone ?? string.Empty, address, station.StationCode, village,
                    r.BhytNumber ?? string.Empty, Date(r.BhytValidFrom), Date(r.BhytValidTo), string.Empty,
                ];
            }
        }
    }

    public static async Task WriteCsvAsync(TextWriter writer, int count, IReadOnlyList<DemoStation> stations, string provinceCode, int seed, DateOnly today)
    {
        await writer.WriteLineAsync(string.Join(',', Header));
        foreach (var row in Rows(count, stations, provinceCode, seed, today))
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(Quote)));
        }
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
