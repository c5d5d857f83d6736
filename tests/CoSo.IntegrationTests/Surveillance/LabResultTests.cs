using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class LabResultTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lab_results_added_to_a_case_days_later_are_listed_oldest_specimen_first_and_invalid_ones_are_refused_by_field(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var created = await a.PostAsJsonAsync("/api/v1/surveillance/cases", new
        {
            nonResidentName = "Phạm Văn Sốt", nonResidentSex = "Male", nonResidentBirthYear = 1992, stationId = app.Org.StationA.Id,
            diseaseCode = "dengue", classification = "Suspected", onsetDate = today.AddDays(-6),
        }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var url = $"/api/v1/surveillance/cases/{caseId}/lab-results";

        var pcr = await a.PostAsJsonAsync(url, new { test = "RT-PCR", specimenDate = today.AddDays(-3), result = "Dương tính DENV-2", lab = "Viện Pasteur" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, pcr.StatusCode);
        Assert.Equal("RT-PCR", (await pcr.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetProperty("test").GetString());
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync(url, new { test = "NS1", specimenDate = today.AddDays(-5), result = "Dương tính" }, TestPeople.Json)).StatusCode);

        var list = await a.GetFromJsonAsync<JsonElement>(url);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["NS1", "RT-PCR"], items.Select(i => i.GetProperty("test").GetString()));
        Assert.Equal("Viện Pasteur", items[1].GetProperty("lab").GetString());
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("lab").ValueKind);

        var invalid = await a.PostAsJsonAsync(url, new { test = " ", specimenDate = today.AddDays(1), result = "Âm tính" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("\"test\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"specimenDate\"", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("\"result\"", problem, StringComparison.Ordinal);
        Assert.Equal(2, (await a.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_station_can_neither_see_nor_add_lab_results_of_a_case(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var created = await a.PostAsJsonAsync("/api/v1/surveillance/cases", new
        {
            nonResidentName = "Vũ Thị Ban", nonResidentSex = "Female", nonResidentBirthYear = 2001, stationId = app.Org.StationA.Id,
            diseaseCode = "measles", classification = "Suspected", onsetDate = today.AddDays(-2),
        }, TestPeople.Json);
        var url = $"/api/v1/surveillance/cases/{(await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}/lab-results";

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync(url, new { test = "IgM", specimenDate = today, result = "Âm tính" }, TestPeople.Json)).StatusCode);
        Assert.Equal(0, (await a.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").GetArrayLength());
    }
}
