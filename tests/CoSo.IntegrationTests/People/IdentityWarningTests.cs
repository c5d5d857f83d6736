using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.People;

/// <summary>
/// Issue 16, item 8: a CCCD registered abroad (country code in digits 1–3) and a BHYT card whose level does not match
/// its beneficiary group, or whose group CoSo does not know, are saved — with a warning in the user's language.
/// </summary>
public sealed class IdentityWarningTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unusual_identity_codes_are_saved_with_warnings_a_malformed_one_is_still_refused(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var input = new
        {
            fullName = TestPeople.UniqueName("Nguyễn Kiều"), birthDate = "1985-04-02", sex = "Male", villageId = app.Org.VillageA1.Id, ethnicityCode = "01",
            cccd = "100085" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            bhytNumber = "DN5" + "38" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            bhytValidFrom = "2026-01-01", bhytValidTo = "2026-12-31",
        };
        var response = await a.PostAsJsonAsync("/api/v1/people", input, TestPeople.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var person = JsonDocument.Parse(text).RootElement;
        var warnings = person.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("field").GetString(), w.GetProperty("code").GetString())).ToList();
        Assert.Equal([("cccd", "cccd.countryCode"), ("bhytNumber", "bhyt.level")], warnings);
        Assert.Contains("mức hưởng 5", person.GetProperty("warnings")[1].GetProperty("message").GetString(), StringComparison.Ordinal);

        // The warnings stay on the record for whoever reads it.
        var read = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.GetProperty("id").GetGuid()}", TestPeople.Json);
        Assert.Equal(2, read.GetProperty("warnings").GetArrayLength());

        var malformed = await a.PostAsJsonAsync("/api/v1/people", input with { cccd = "10008501234" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
