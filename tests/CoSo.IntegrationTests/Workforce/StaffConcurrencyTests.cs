using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Workforce;

public sealed class StaffConcurrencyTests
{
    private static readonly JsonSerializerOptions Json = TestPeople.Json;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static HttpRequestMessage Put(string url, string? ifMatch, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static object Edit(JsonElement staff, string position, string? fullName = null) => new
    {
        cccd = staff.GetProperty("cccd").GetString(), fullName = fullName ?? staff.GetProperty("fullName").GetString(), sex = "Male", birthDate = "1980-03-04",
        cadre = "DoctorGeneral", employmentType = "Permanent", position, licenceNumber = "000123/TH-CCHN",
        qualifications = new[] { new { name = "Bác sĩ đa khoa", awardedOn = "2005-07-01" } },
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_with_the_current_etag_is_saved_and_a_stale_one_gets_412_and_changes_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var created = await Ok(await a.PostAsJsonAsync("/api/v1/workforce/staff", new
        {
            cccd = TestPeople.Cccd(Sex.Male, 1980), fullName = TestPeople.UniqueName(), sex = "Male", birthDate = "1980-03-04", cadre = "DoctorGeneral",
            employmentType = "Contract", orgUnitId = app.Org.StationA.Id, since = "2024-01-01",
        }, Json));
        var url = $"/api/v1/workforce/staff/{created.GetProperty("id").GetGuid()}";

        var read = await a.GetAsync(url);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);

        var first = await a.SendAsync(Put(url, "\"1\"", Edit(created, "Trưởng trạm")));
        var saved = await Ok(first);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        Assert.Equal("Trưởng trạm", saved.GetProperty("position").GetString());
        Assert.Equal("Permanent", saved.GetProperty("employmentType").GetString());
        Assert.Equal("Bác sĩ đa khoa", Assert.Single(saved.GetProperty("qualifications").EnumerateArray()).GetProperty("name").GetString());

        // A second editor who read version 1 saves after the first: refused, and the stored row is the first edit's.
        var stale = await a.SendAsync(Put(url, "\"1\"", Edit(created, "Phó trạm", "Tên Ghi Đè")));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var after = await a.GetAsync(url);
        var now = await Ok(after);
        Assert.Equal("\"2\"", after.Headers.ETag?.Tag);
        Assert.Equal("Trưởng trạm", now.GetProperty("position").GetString());
        Assert.Equal(created.GetProperty("fullName").GetString(), now.GetProperty("fullName").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await a.SendAsync(Put(url, null, Edit(created, "Không If-Match")))).StatusCode);
        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.SendAsync(Put(url, "\"2\"", Edit(created, "Trạm khác")))).StatusCode);
    }
}
