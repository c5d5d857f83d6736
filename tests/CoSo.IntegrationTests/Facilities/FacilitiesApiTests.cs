using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.People;
using CoSo.Data.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Facilities;

public sealed class FacilitiesApiTests
{
    private static readonly JsonSerializerOptions Json = TestPeople.Json;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string ifMatch, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static async Task<Guid> ImportExampleAsync(CoSoApp app)
    {
        using var admin = await app.LoginAsync("admin");
        var json = await File.ReadAllTextAsync(DataFiles.PathOf("facilities/criteria-example-qd4667.json"));
        var set = await Ok(await admin.PostAsync("/api/v1/facilities/criteria-sets", new StringContent(json)));
        Assert.True(set.GetProperty("isExample").GetBoolean());
        Assert.StartsWith("Ví dụ", set.GetProperty("name").GetString(), StringComparison.Ordinal);
        return set.GetProperty("id").GetGuid();
    }

    private static object Doctor(Guid unit) => new
    {
        cccd = TestPeople.Cccd(Sex.Male, 1980), fullName = TestPeople.UniqueName(), sex = "Male", birthDate = "1980-03-04", cadre = "DoctorGeneral",
        employmentType = "Permanent", orgUnitId = unit, since = "2024-01-01", licenceNumber = "000123/TH-CCHN", licenceScope = "Khám bệnh, chữa bệnh đa khoa",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_station_self_assesses_with_auto_indicators_filled_in_and_only_a_manager_approves(string provider)
    {
        var app = await Apps.Get(provider);
        var setId = await ImportExampleAsync(app);
        using var a = await app.LoginAsync("a1");
        var station = app.Org.StationA.Id;
        await Ok(await a.PostAsJsonAsync("/api/v1/workforce/staff", Doctor(station), Json));
        await Ok(await a.PutAsJsonAsync($"/api/v1/facilities/stations/{station}", new { buildingCondition = "Solid", rooms = 12, cleanWater = true, electricity = true, internet = true, bhytEligible = true, bhytContractStart = "2026-01-01" }, Json));
        var catalogue = await Ok(await a.GetAsync("/api/v1/facilities/technical-services"));
        var codes = catalogue.EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
        var services = await Ok(await a.PutAsJsonAsync($"/api/v1/facilities/stations/{station}/services", codes.Take(40).ToArray()));
        Assert.Equal(44, codes.Count);
        Assert.Equal(90.9m, services.GetProperty("percent").GetDecimal()); // 40 of 44 = 90.909… %
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PutAsJsonAsync($"/api/v1/facilities/stations/{station}/services", new[] { "XA-999" })).StatusCode);

        var url = $"/api/v1/facilities/stations/{station}/assessments/{setId}/2026";
        var draft = await Ok(await a.GetAsync(url));
        var indicators = draft.GetProperty("score").GetProperty("criteria").EnumerateArray().SelectMany(c => c.GetProperty("indicators").EnumerateArray())
            .ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.True(indicators["TC02.1"].GetProperty("isAuto").GetBoolean());
        Assert.Equal(4m, indicators["TC02.1"].GetProperty("points").GetDecimal()); // a doctor is posted today
        Assert.Equal(4m, indicators["TC05.2"].GetProperty("points").GetDecimal()); // BHYT contract in force
        Assert.Equal(5m, indicators["TC07.1"].GetProperty("points").GetDecimal()); // 90.9 % ≥ 90 %

        Assert.Equal(HttpStatusCode.BadRequest, (await a.PutAsJsonAsync(url, new { values = new[] { new { code = "TC02.1", value = 1 } } })).StatusCode);
        var saved = await Ok(await a.SendAsync(WithIfMatch(HttpMethod.Put, url, "\"0\"", new { values = new[] { new { code = "TC01.1", value = 1, note = "QĐ số 12/QĐ-UBND" } } })));
        Assert.Equal(4m + 4m + 5m + 2m, saved.GetProperty("score").GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("code").GetString() is "TC01.1" or "TC02.1" or "TC05.2" or "TC07.1").Sum(i => i.GetProperty("points").GetDecimal())));
        Assert.Equal("Submitted", (await Ok(await a.PostAsync(url + "/submit", null))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync(url + "/review", new { approve = true })).StatusCode);

        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/facilities/stations/{station}/services")).StatusCode);

        using var admin = await app.LoginAsync("admin");
        var approved = await Ok(await admin.PostAsJsonAsync(url + "/review", new { approve = true, note = "Đạt yêu cầu hồ sơ" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("admin", approved.GetProperty("reviewedBy").GetString());
        var decided = await a.SendAsync(WithIfMatch(HttpMethod.Put, url, "\"3\"", new { values = Array.Empty<object>() })); // saved 1, submitted 2, approved 3
        Assert.Equal(HttpStatusCode.BadRequest, decided.StatusCode);
        Assert.Contains("facilities.assessment.status", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_provincial_managers_and_administrators_import_criteria_and_a_malformed_set_is_refused(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsync("/api/v1/facilities/criteria-sets", new StringContent("{}"))).StatusCode);
        using var admin = await app.LoginAsync("admin");
        var bad = await admin.PostAsync("/api/v1/facilities/criteria-sets", new StringContent("""{"code":"X","name":"X","fromYear":2026,"toYear":2030,"minTotalPoints":1,"criteria":[{"code":"C","name":"c","passPoints":9,"indicators":[{"code":"I","name":"i","points":1,"kind":"yesNo"}]}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("facilities.criteria.passPoints", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Gap_views_list_each_gap_with_a_count_and_export_to_excel_and_a_station_sees_only_its_own_staff(string provider)
    {
        var app = await Apps.Get(provider);
        var setId = await ImportExampleAsync(app);
        using var a = await app.LoginAsync("a1");
        var doctor = await Ok(await a.PostAsJsonAsync("/api/v1/workforce/staff", Doctor(app.Org.StationA.Id), Json));
        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/workforce/staff/{doctor.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.DoesNotContain((await Ok(await b.GetAsync("/api/v1/workforce/staff"))).EnumerateArray(), s => s.GetProperty("id").GetGuid() == doctor.GetProperty("id").GetGuid());

        using var admin = await app.LoginAsync("admin");
        var gaps = (await Ok(await admin.GetAsync($"/api/v1/facilities/gaps?setId={setId}&year=2026"))).EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!);
        Assert.Equal(6, gaps.Count);
        var noDoctor = gaps["noPermanentDoctor"].GetProperty("rows").EnumerateArray().Select(r => r[0].GetString()).ToList();
        Assert.Contains(app.Org.StationB.Name, noDoctor);
        Assert.DoesNotContain(app.Org.StationA.Name, noDoctor);
        Assert.Equal(noDoctor.Count, gaps["noPermanentDoctor"].GetProperty("count").GetInt32());
        Assert.Contains(gaps["noTrainedVillageWorker"].GetProperty("rows").EnumerateArray(), r => r[0].GetString() == app.Org.VillageB1.Name);

        var xlsx = await admin.GetAsync($"/api/v1/facilities/gaps.xlsx?setId={setId}&year=2026");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }
}
