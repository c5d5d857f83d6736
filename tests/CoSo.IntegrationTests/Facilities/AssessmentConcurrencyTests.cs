using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Data.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Facilities;

public sealed class AssessmentConcurrencyTests
{
    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static HttpRequestMessage Put(string url, string? ifMatch, string note)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { values = new[] { new { code = "TC01.1", value = 1, note } } }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static string? NoteOf(JsonElement assessment, string code) => assessment.GetProperty("score").GetProperty("criteria").EnumerateArray()
        .SelectMany(c => c.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("code").GetString() == code).GetProperty("note").GetString();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_self_assessment_save_needs_the_current_etag_and_a_stale_save_gets_412_and_changes_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var admin = await app.LoginAsync("admin");
        var set = await Ok(await admin.PostAsync("/api/v1/facilities/criteria-sets", new StringContent(await File.ReadAllTextAsync(DataFiles.PathOf("facilities/criteria-example-qd4667.json")))));
        using var b = await app.LoginAsync("b1");

        // Year 2022 on station B: no other test touches it in the shared app.
        var url = $"/api/v1/facilities/stations/{app.Org.StationB.Id}/assessments/{set.GetProperty("id").GetGuid()}/2022";
        var empty = await b.GetAsync(url);
        Assert.Equal("\"0\"", empty.Headers.ETag?.Tag);

        var first = await b.SendAsync(Put(url, "\"0\"", "Quyết định số 1"));
        await Ok(first);
        Assert.Equal("\"1\"", first.Headers.ETag?.Tag);

        // Someone else who opened the empty form saves "0" again: refused, nothing changes.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await b.SendAsync(Put(url, "\"0\"", "Ghi đè"))).StatusCode);
        var stored = await b.GetAsync(url);
        Assert.Equal("\"1\"", stored.Headers.ETag?.Tag);
        Assert.Equal("Quyết định số 1", NoteOf(await Ok(stored), "TC01.1"));

        Assert.Equal(HttpStatusCode.BadRequest, (await b.SendAsync(Put(url, null, "Không If-Match"))).StatusCode);
        var second = await b.SendAsync(Put(url, "\"1\"", "Quyết định số 2"));
        Assert.Equal("Quyết định số 2", NoteOf(await Ok(second), "TC01.1"));
        Assert.Equal("\"2\"", second.Headers.ETag?.Tag);
    }
}
