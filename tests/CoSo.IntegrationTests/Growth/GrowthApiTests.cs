using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Growth;
using CoSo.Core.People;
using CoSo.Data.Growth;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Growth;

public sealed class GrowthApiTests
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_measurement_is_stored_exactly_with_the_z_scores_the_cli_prints_and_read_back_audited(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var child = await RegisterChildAsync(a, app, Today.AddDays(-365), "Female");

        var response = await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(Today), weightKg = 7.4m, lengthCm = 66.5m, position = "Lying" }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        // The same child through `coso growth zscores --sex F … --weight 7.4 --length 66.5 --measured lying` (day 365).
        var expected = ZScoreCalculator.Assess(GrowthStandards.LoadDefault(), new Anthropometry(Sex.Female, 365, 7.4, 66.5, MeasuredPosition.Lying));
        Assert.Equal(365, body.GetProperty("ageDays").GetInt32());
        Assert.Equal((decimal?)expected.Waz, body.GetProperty("waz").GetDecimal());
        Assert.Equal((decimal?)expected.Haz, body.GetProperty("haz").GetDecimal());
        Assert.Equal((decimal?)expected.Whz, body.GetProperty("whz").GetDecimal());
        Assert.Equal(["stunting"], body.GetProperty("classification").EnumerateArray().Select(c => c.GetString()));
        Assert.False(body.GetProperty("severeAcuteMalnutrition").GetBoolean());

        var stored = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<GrowthMeasurement>().IgnoreQueryFilters().SingleAsync(m => m.PersonId == child));
        Assert.Equal((7.4m, 66.5m, MeasuredPosition.Lying, app.Org.StationA.Id, "38"), (stored.WeightKg, stored.LengthCm, stored.Position, stored.OrgUnitId, stored.ProvinceCode));
        Assert.Equal(((decimal?)expected.Waz, (decimal?)expected.Haz, LengthForAgeClass.Stunting), (stored.Waz, stored.Haz, stored.LengthForAge));

        var list = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{child}/growth");
        Assert.Equal("Female", list.GetProperty("sex").GetString());
        Assert.Equal(stored.Id, list.GetProperty("measurements")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(e => e.EntityId == stored.Id && e.Action == AuditActions.Create)));
        Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, child), e => e.Action == AuditActions.Read && e.UserName == "a1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Implausible_values_are_refused_field_by_field_in_vietnamese_and_english_and_nothing_is_saved(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var child = await RegisterChildAsync(a, app, Today.AddMonths(-10), "Male");
        var input = new { measuredOn = Iso(Today.AddDays(1)), weightKg = 74m, lengthCm = 66.55m, muacMm = 20 };

        var vi = await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", input, TestPeople.Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{child}/growth") { Content = JsonContent.Create(input, options: TestPeople.Json) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await a.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, vi.StatusCode);
        var errors = (await vi.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Ngày đo không được ở tương lai.", errors.GetProperty("measuredOn")[0].GetString());
        Assert.Equal("Cân nặng phải từ 0,9 đến 58 kg.", errors.GetProperty("weightKg")[0].GetString());
        Assert.Equal("Chiều dài/chiều cao ghi tối đa 1 chữ số sau dấu phẩy (1 mm).", errors.GetProperty("lengthCm")[0].GetString());
        Assert.Equal("Cần ghi cách đo (nằm hay đứng) khi có chiều dài/chiều cao.", errors.GetProperty("position")[0].GetString());
        Assert.Equal("Vòng cánh tay phải từ 50 đến 300 mm.", errors.GetProperty("muacMm")[0].GetString());
        var english = (await en.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Weight must be between 0.9 and 58 kg.", english.GetProperty("weightKg")[0].GetString());
        Assert.Equal("The measurement date cannot be in the future.", english.GetProperty("measuredOn")[0].GetString());
        Assert.Equal(0, await TestDatabase.CountAsync<GrowthMeasurement>(app.ConnectionString, q => q.Where(m => m.PersonId == child)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_child_aged_5_or_without_a_full_birth_date_is_not_measured_for_z_scores(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var fiveYearOld = await RegisterChildAsync(a, app, Today.AddDays(-1827), "Male");
        var yearOnly = (await TestPeople.RegisterAsync(a, new { fullName = TestPeople.UniqueName("Đỗ Văn"), birthYear = Today.Year - 1, sex = "Male", villageId = app.Org.VillageA1.Id, ethnicityCode = "01" }))
            .GetProperty("id").GetGuid();

        var old = await a.PostAsJsonAsync($"/api/v1/people/{fiveYearOld}/growth", new { measuredOn = Iso(Today), weightKg = 18m }, TestPeople.Json);
        var unknown = await a.PostAsJsonAsync($"/api/v1/people/{yearOnly}/growth", new { measuredOn = Iso(Today), weightKg = 9m }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Contains("60 tháng", (await old.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("measuredOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Cần ngày sinh đầy đủ (ngày, tháng, năm) của trẻ để tính chỉ số Z.",
            (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("measuredOn")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Oedema_is_severe_acute_malnutrition_and_calls_for_referral(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var child = await RegisterChildAsync(a, app, Today.AddMonths(-14), "Male");

        var response = await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(Today), weightKg = 8.1m, lengthCm = 74m, position = "Lying", oedema = true, muacMm = 118 }, TestPeople.Json);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("waz").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("whz").ValueKind);
        var classes = body.GetProperty("classification").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("severe-underweight", classes);
        Assert.Contains("severe-wasting", classes);
        Assert.True(body.GetProperty("severeAcuteMalnutrition").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_station_neither_reads_nor_records_the_child_s_growth_and_the_attempt_is_audited(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var child = await RegisterChildAsync(a, app, Today.AddMonths(-6), "Female");

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/people/{child}/growth")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(Today), weightKg = 7m }, TestPeople.Json)).StatusCode);

        Assert.Equal(2, await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(e => e.PersonId == child && e.Action == AuditActions.Denied && e.UserName == "b1")));
        Assert.Equal(0, await TestDatabase.CountAsync<GrowthMeasurement>(app.ConnectionString, q => q.Where(m => m.PersonId == child)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_latest_measurement_of_each_child_is_the_one_of_the_latest_day(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var first = await RegisterChildAsync(a, app, Today.AddMonths(-20), "Male");
        var second = await RegisterChildAsync(a, app, Today.AddMonths(-8), "Female");
        var never = await RegisterChildAsync(a, app, Today.AddMonths(-3), "Female");
        foreach (var (child, day, kg) in new[] { (first, Today.AddMonths(-2), 9.9m), (first, Today, 10.4m), (first, Today.AddMonths(-1), 10.1m), (second, Today.AddDays(-3), 7.6m) })
        {
            Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(day), weightKg = kg }, TestPeople.Json)).StatusCode);
        }

        await using var sp = TestDatabase.Services(app.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<GrowthService>().LatestAsync([first, second, never]);

        Assert.Equal((10.4m, Today), (latest.ByPerson[first].WeightKg, latest.ByPerson[first].MeasuredOn));
        Assert.Equal(7.6m, latest.ByPerson[second].WeightKg);
        Assert.False(latest.ByPerson.ContainsKey(never));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_child_moved_to_another_station_brings_its_measurements(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var born = Today.AddMonths(-9);
        var name = TestPeople.UniqueName("Hồ Thị");
        var child = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Female", villageId = app.Org.VillageA1.Id, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(Today), weightKg = 8.2m }, TestPeople.Json)).StatusCode);

        using var admin = await app.LoginAsync("admin");
        var read = await admin.GetAsync($"/api/v1/people/{child}");
        using var move = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{child}")
        {
            Content = JsonContent.Create(new { fullName = name, birthDate = Iso(born), sex = "Female", orgUnitId = app.Org.StationB.Id, villageId = app.Org.VillageB1.Id, ethnicityCode = "01" }),
        };
        move.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(move)).StatusCode);

        using var b = await app.LoginAsync("b1");
        var atB = await b.GetFromJsonAsync<JsonElement>($"/api/v1/people/{child}/growth");
        Assert.Equal(8.2m, atB.GetProperty("measurements")[0].GetProperty("weightKg").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/people/{child}/growth")).StatusCode);
        Assert.Equal(app.Org.StationB.Id, (await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<GrowthMeasurement>().IgnoreQueryFilters().SingleAsync(m => m.PersonId == child))).OrgUnitId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Measurements_of_a_duplicate_record_move_to_the_record_it_is_merged_into(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var born = Today.AddMonths(-5);
        var name = TestPeople.UniqueName("Mai Thị");
        var keep = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Female", villageId = app.Org.VillageA2.Id, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        var duplicate = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Female", villageId = app.Org.VillageA2.Id, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{duplicate}/growth", new { measuredOn = Iso(Today), weightKg = 6.35m }, TestPeople.Json)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = duplicate })).StatusCode);

        var growth = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{keep}/growth");
        Assert.Equal(6.35m, Assert.Single(growth.GetProperty("measurements").EnumerateArray()).GetProperty("weightKg").GetDecimal());
        Assert.Equal(1, await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(e => e.PersonId == keep && e.EntityType == nameof(GrowthMeasurement) && e.Action == AuditActions.Update)));
    }

    private static async Task<Guid> RegisterChildAsync(HttpClient client, CoSoApp app, DateOnly born, string sex) =>
        (await TestPeople.RegisterAsync(client, new { fullName = TestPeople.UniqueName(sex == "Female" ? "Lê Thị" : "Lê Văn"), birthDate = Iso(born), sex, villageId = app.Org.VillageA1.Id, ethnicityCode = "01" }))
            .GetProperty("id").GetGuid();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
