using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.People;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>Makes residents with valid, unique CCCD and BHYT numbers and unique names for each test.</summary>
public static class TestPeople
{
    private static readonly string[] Syllables = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"];
    private static int _counter = Random.Shared.Next(100_000, 900_000);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static int Next() => Interlocked.Increment(ref _counter);

    /// <summary>A unique three-syllable given-name tail, so folded-name searches hit exactly one resident.</summary>
    public static string UniqueName(string family = "Nguyễn Văn")
    {
        var n = Next();
        return $"{family} {Syllables[n % 25]} {Syllables[n / 25 % 25]} {Syllables[n / 625 % 25]}";
    }

    /// <summary>A CCCD consistent with sex and birth year (Thanh Hóa registration code 038).</summary>
    public static string Cccd(Sex sex, int birthYear) =>
        "038" + CccdValidator.CenturySexDigit(sex, birthYear).ToString(CultureInfo.InvariantCulture)
        + (birthYear % 100).ToString("00", CultureInfo.InvariantCulture) + Next().ToString("000000", CultureInfo.InvariantCulture);

    public static string Bhyt() => "GD438" + Next().ToString("0000000000", CultureInfo.InvariantCulture);

    public static object Input(Guid? villageId, string? name = null, DateOnly? birth = null, Sex sex = Sex.Male, bool withCccd = true, Guid? orgUnitId = null)
    {
        var b = birth ?? new DateOnly(1968, 5, 12);
        return new
        {
            fullName = name ?? UniqueName(),
            birthDate = b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sex = sex.ToString(),
            cccd = withCccd ? Cccd(sex, b.Year) : null,
            phone = "0912" + Next().ToString("000000", CultureInfo.InvariantCulture),
            ethnicityCode = "01",
            villageId,
            orgUnitId,
            bhytNumber = Bhyt(),
            bhytValidFrom = "2026-01-01",
            bhytValidTo = "2026-12-31",
            bhytFacilityCode = "38123",
        };
    }

    public static async Task<JsonElement> RegisterAsync(HttpClient client, object input)
    {
        var response = await client.PostAsJsonAsync("/api/v1/people", input, Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Register failed {(int)response.StatusCode}: {body}");
        }

        return body;
    }
}
