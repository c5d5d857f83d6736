using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Facilities;

/// <summary>The facility record's version history and equipment edits through the API, each on its own database.</summary>
public sealed class FacilityRecordAndEquipmentTests
{
    private static readonly JsonSerializerOptions Json = TestPeople.Json;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Equipment_quantity_and_condition_are_updated_and_items_removed_only_within_the_station(string provider)
    {
        await using var app = await CoSoApp.StartAsync(provider);
        var station = app.Org.StationA.Id;
        var url = $"/api/v1/facilities/stations/{station}/equipment";
        using var a = await app.LoginAsync("a1");
        var scale = await Ok(await a.PostAsJsonAsync(url, new { name = "Cân sức khỏe", quantity = 2, condition = "Working", receivedOn = "2025-03-01" }, Json));
        var monitor = await Ok(await a.PostAsJsonAsync(url, new { name = "Máy đo huyết áp", quantity = 1, condition = "Working" }, Json));
        var scaleUrl = $"{url}/{scale.GetProperty("id").GetGuid()}";
        var monitorUrl = $"{url}/{monitor.GetProperty("id").GetGuid()}";

        var updated = await Ok(await a.PutAsJsonAsync(scaleUrl, new { quantity = 1, condition = "NeedsRepair" }, Json));
        Assert.Equal(1, updated.GetProperty("quantity").GetInt32());
        Assert.Equal("NeedsRepair", updated.GetProperty("condition").GetString());
        Assert.Equal("Cân sức khỏe", updated.GetProperty("name").GetString()); // the name and receipt date stay
        Assert.Equal("2025-03-01", updated.GetProperty("receivedOn").GetString());
        var negative = await a.PutAsJsonAsync(scaleUrl, new { quantity = -1, condition = "Working" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("facilities.equipment.quantity", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another station's clinician neither changes nor removes station A's items; a village health worker may not edit.
        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsJsonAsync(scaleUrl, new { quantity = 0, condition = "Broken" }, Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync(monitorUrl)).StatusCode);
        // Nor through its own station's address with A's item id.
        Assert.Equal(HttpStatusCode.NotFound,
            (await b.DeleteAsync($"/api/v1/facilities/stations/{app.Org.StationB.Id}/equipment/{monitor.GetProperty("id").GetGuid()}")).StatusCode);
        using var vhw = await app.LoginAsync("vhw");
        Assert.Equal(HttpStatusCode.Forbidden, (await vhw.DeleteAsync(monitorUrl)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await a.DeleteAsync(monitorUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DeleteAsync(monitorUrl)).StatusCode);
        var list = (await Ok(await a.GetAsync(url))).EnumerateArray().ToList();
        var only = Assert.Single(list);
        Assert.Equal("Cân sức khỏe", only.GetProperty("name").GetString());
        Assert.Equal(1, only.GetProperty("quantity").GetInt32());
        Assert.Equal("NeedsRepair", only.GetProperty("condition").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_history_lists_every_dated_version_newest_first_and_field_errors_name_their_field(string provider)
    {
        await using var app = await CoSoApp.StartAsync(provider);
        var station = app.Org.StationA.Id;
        var url = $"/api/v1/facilities/stations/{station}";
        using var a = await app.LoginAsync("a1");
        Assert.Empty((await Ok(await a.GetAsync(url + "/history"))).EnumerateArray());

        await Ok(await a.PutAsJsonAsync(url, new { buildingCondition = "Degraded", rooms = 4, cleanWater = false, electricity = true, internet = false, effectiveFrom = "2024-01-01" }, Json));
        await Ok(await a.PutAsJsonAsync(url, new { buildingCondition = "Solid", rooms = 9, cleanWater = true, electricity = true, internet = true, buildYear = 2025, bhytEligible = true, effectiveFrom = "2025-06-15" }, Json));
        // Saved last but dated between the two: it slots into the middle of the history.
        await Ok(await a.PutAsJsonAsync(url, new { buildingCondition = "SemiSolid", rooms = 6, cleanWater = true, electricity = true, internet = false, effectiveFrom = "2024-09-01" }, Json));

        var history = (await Ok(await a.GetAsync(url + "/history"))).EnumerateArray().ToList();
        Assert.Equal(["2025-06-15", "2024-09-01", "2024-01-01"], history.Select(v => v.GetProperty("effectiveFrom").GetString()));
        Assert.Equal(["Solid", "SemiSolid", "Degraded"], history.Select(v => v.GetProperty("buildingCondition").GetString()));
        Assert.Equal([true, false, false], history.Select(v => v.GetProperty("bhytEligible").GetBoolean()));
        Assert.Equal("2025-06-15", (await Ok(await a.GetAsync(url))).GetProperty("effectiveFrom").GetString());

        var bad = await a.PutAsJsonAsync(url, new { buildingCondition = "Solid", rooms = 101, cleanWater = true, electricity = true, internet = true, buildYear = 1800, effectiveFrom = "2099-01-01" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("facilities.rooms", problem, StringComparison.Ordinal);
        Assert.Contains("facilities.buildYear", problem, StringComparison.Ordinal);
        Assert.Contains("facilities.effectiveFrom", problem, StringComparison.Ordinal);
        Assert.Equal(3, (await Ok(await a.GetAsync(url + "/history"))).GetArrayLength());

        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url + "/history")).StatusCode);
        using var vhw = await app.LoginAsync("vhw");
        Assert.Equal(HttpStatusCode.Forbidden, (await vhw.PutAsJsonAsync(url, new { buildingCondition = "Solid", rooms = 1, cleanWater = true, electricity = true, internet = true }, Json)).StatusCode);
    }
}
