using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Maternal;

/// <summary>Arranges women and pregnancies through the public API, as station staff would.</summary>
internal static class MaternalApi
{
    public static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<Guid> WomanAsync(HttpClient client, Guid villageId, Guid? householdId = null, string? relationship = null, string? name = null, DateOnly? birth = null)
    {
        var body = await TestPeople.RegisterAsync(client, new
        {
            fullName = name ?? TestPeople.UniqueName("Lê Thị"), birthDate = Iso(birth ?? new DateOnly(1996, 4, 2)), sex = "Female", villageId, householdId,
            relationshipToHead = relationship, phone = "0913" + TestPeople.Next().ToString("000000", CultureInfo.InvariantCulture), ethnicityCode = "01",
        });
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> HouseholdAsync(HttpClient client, Guid villageId)
    {
        var response = await client.PostAsJsonAsync("/api/v1/households", new { villageId, code = "HGD-MC-" + TestPeople.Next() });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, TestPeople.Json);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<HttpResponseMessage> SendWithIfMatchAsync(HttpClient client, HttpMethod method, string url, object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: TestPeople.Json) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(request);
    }

    public static IEnumerable<JsonElement> Items(JsonElement list) => list.GetProperty("items").EnumerateArray();
}
