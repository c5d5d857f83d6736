using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>The case's village, address and optional coordinates (issue 16, item 4), for vector control.</summary>
public sealed class CaseLocationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_keeps_its_village_address_and_coordinates_in_the_line_list_and_the_Excel_export(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Phạm Văn Muỗi");
        // Hoàn Kiếm lake, Hà Nội: 21.0285° N, 105.8542° E.
        var created = await CreateAsync(a, Input(app, name, villageId: app.Org.VillageA1.Id, address: "  Số 12 ngõ 5, xóm Giữa  ", latitude: 21.0285, longitude: 105.8542));
        Assert.Equal(app.Org.VillageA1.Id, created.GetProperty("villageId").GetGuid());
        Assert.Equal("Thôn Đông", created.GetProperty("villageName").GetString());
        Assert.Equal("Số 12 ngõ 5, xóm Giữa", created.GetProperty("address").GetString());

        var id = created.GetProperty("id").GetGuid();
        var saved = await a.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/cases/{id}");
        Assert.Equal((21.0285, 105.8542), (saved.GetProperty("latitude").GetDouble(), saved.GetProperty("longitude").GetDouble()));
        var listed = (await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/cases?disease=dengue")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(("Thôn Đông", "Số 12 ngõ 5, xóm Giữa"), (listed.GetProperty("villageName").GetString(), listed.GetProperty("address").GetString()));

        // Without coordinates the case is still accepted: they are optional.
        var plain = await CreateAsync(a, Input(app, name + " B"));
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("latitude").ValueKind);

        using var book = new XLWorkbook(new MemoryStream(await a.GetByteArrayAsync("/api/v1/surveillance/cases.xlsx?disease=dengue")));
        var sheet = book.Worksheet(1);
        Assert.Equal(["Thôn/ấp", "Địa chỉ", "Vĩ độ", "Kinh độ"], Enumerable.Range(14, 4).Select(c => sheet.Cell(1, c).GetString()));
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == name);
        Assert.Equal(("Thôn Đông", "Số 12 ngõ 5, xóm Giữa", 21.0285, 105.8542), (row.Cell(14).GetString(), row.Cell(15).GetString(), row.Cell(16).GetDouble(), row.Cell(17).GetDouble()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Coordinates_outside_Vietnam_a_lone_coordinate_and_another_stations_village_are_refused_field_by_field(string provider)
    {
        var app = await SurveillanceApps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Ngoài Vùng");

        // Paris (48.8566° N, 2.3522° E): both outside the box 8–24° N, 102–110° E.
        var paris = await ErrorsAsync(a, Input(app, name, latitude: 48.8566, longitude: 2.3522));
        Assert.Equal("Vĩ độ phải từ 8 đến 24 độ Bắc (lãnh thổ Việt Nam), ví dụ 21,0285.", paris.GetProperty("latitude")[0].GetString());
        Assert.Equal("Kinh độ phải từ 102 đến 110 độ Đông (lãnh thổ Việt Nam), ví dụ 105,8542.", paris.GetProperty("longitude")[0].GetString());

        // Latitude and longitude swapped (105.85, 21.03): both wrong, in English for an English client.
        var swapped = await ErrorsAsync(a, Input(app, name, latitude: 105.8542, longitude: 21.0285), "en");
        Assert.Equal("The latitude must lie between 8 and 24 degrees north (Vietnam), e.g. 21.0285.", swapped.GetProperty("latitude")[0].GetString());
        Assert.Equal("The longitude must lie between 102 and 110 degrees east (Vietnam), e.g. 105.8542.", swapped.GetProperty("longitude")[0].GetString());

        // The edges of the box are inside it: Cà Mau's latitude band and the Lao border's longitude.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(a, Input(app, name, latitude: 8.0, longitude: 102.0), null)).StatusCode);

        var lone = await ErrorsAsync(a, Input(app, name, latitude: 21.0285), "en");
        Assert.Equal("Enter both the latitude and the longitude, or neither.", lone.GetProperty("longitude")[0].GetString());
        Assert.False(lone.TryGetProperty("latitude", out _));

        var village = await ErrorsAsync(a, Input(app, name, villageId: app.Org.VillageB1.Id), "en");
        Assert.Equal("The village does not belong to the station reporting the case.", village.GetProperty("villageId")[0].GetString());

        var address = await ErrorsAsync(a, Input(app, name, address: new string('x', 301)));
        Assert.True(address.TryGetProperty("address", out _));

        // Nothing refused was stored: only the case on the box's corner.
        var stored = (await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/cases?disease=dengue")).GetProperty("items").EnumerateArray().Count(i => i.GetProperty("name").GetString() == name);
        Assert.Equal(1, stored);
    }

    private static object Input(CoSoApp app, string name, Guid? villageId = null, string? address = null, double? latitude = null, double? longitude = null) => new
    {
        nonResidentName = name, nonResidentSex = "Male", nonResidentBirthYear = 1990, stationId = app.Org.StationA.Id,
        diseaseCode = "dengue", classification = "Suspected", onsetDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(-1),
        villageId, address, latitude, longitude,
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object input, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/surveillance/cases") { Content = JsonContent.Create(input, options: TestPeople.Json) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return client.SendAsync(request);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object input)
    {
        var response = await PostAsync(client, input, null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpClient client, object input, string? language = null)
    {
        var response = await PostAsync(client, input, language);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToString());
        return body.GetProperty("errors");
    }
}
