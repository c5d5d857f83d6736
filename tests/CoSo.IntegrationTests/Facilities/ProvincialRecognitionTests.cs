using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Facilities;

/// <summary>
/// Since 01/07/2025 local government has two levels: the commune self-assesses and the province recognises (provinces
/// recognise communes under QĐ 1300/QĐ-BYT by a decision of the provincial People's Committee on the Department of
/// Health's appraisal). A regional health centre (role DistrictManager) may give a pre-review opinion and return an
/// assessment, not approve it; a provincial manager approves, and T9 counts that approval.
/// </summary>
public sealed class ProvincialRecognitionTests
{
    // An official (non-example) set with QĐ 4667's rule: I1 is a knock-out item; C1 10 points, C2 10, 20 in all.
    private const string OfficialSet = """
        {"code":"CT-TINH-REC","name":"Bộ tiêu chí của tỉnh (thử)","isExample":false,"fromYear":2023,"toYear":2030,
         "minTotalPoints":0,"requireEveryCriterion":false,"minTotalPercent":80,"minTotalPercentStrict":true,
         "minCriterionPercent":50,"minCriterionPercentStrict":true,"validYears":3,
         "criteria":[
          {"code":"C1","name":"Nhân lực y tế","passPoints":0,"indicators":[
            {"code":"I1","name":"Trạm có bác sĩ làm việc","points":2,"kind":"yesNo","critical":true},
            {"code":"I2","name":"Đào tạo liên tục","points":8,"kind":"score"}]},
          {"code":"C2","name":"Y tế dự phòng","passPoints":0,"indicators":[{"code":"I3","name":"Tiêm chủng","points":10,"kind":"score"}]}]}
        """;

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static HttpRequestMessage Put(string url, int version, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return request;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_regional_centre_cannot_approve_a_provincial_manager_can_and_T9_counts_the_approval(string provider)
    {
        // Its own app and database: T9 is recomputed over the whole tree.
        await using var app = await CoSoApp.StartAsync(provider);
        var (centre, station) = await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            var c = Unit(db, "TTYT-KV", "Trung tâm Y tế khu vực Một", OrgUnitKind.RegionalHealthCentre, app.Org.Department);
            var s = Unit(db, "TYT-KV-1", "Trạm Y tế Khu vực Một", OrgUnitKind.CommuneHealthStation, c);
            var hash = PasswordHasher.Hash(TestOrg.Password, 1_000);
            User(db, "kv", Role.DistrictManager, c, hash);
            User(db, "syt", Role.ProvincialManager, app.Org.Department, hash);
            User(db, "tram", Role.StationClinician, s, hash);
            await db.SaveChangesAsync();
            return (c.Id, s.Id);
        });

        using var province = await app.LoginAsync("syt");
        var set = await Ok(await province.PostAsync("/api/v1/facilities/criteria-sets", new StringContent(OfficialSet)));
        Assert.False(set.GetProperty("isExample").GetBoolean());
        var url = $"/api/v1/facilities/stations/{station}/assessments/{set.GetProperty("id").GetGuid()}/2026";

        // The station answers "no" to the knock-out item (0 of 2) and has 8 + 10: 18 of 20 = 90 % > 80 %, C1 8/10 and C2
        // 10/10 above 50 % — yet not passed, and the API says why.
        using var commune = await app.LoginAsync("tram");
        var knockedOut = await Ok(await commune.SendAsync(Put(url, 0, new { values = new object[] { new { code = "I1", value = 0 }, new { code = "I2", value = 8 }, new { code = "I3", value = 10 } } })));
        var score = knockedOut.GetProperty("score");
        Assert.Equal(18m, score.GetProperty("points").GetDecimal());
        Assert.False(score.GetProperty("passed").GetBoolean());
        var reason = Assert.Single(score.GetProperty("reasons").EnumerateArray());
        Assert.Equal("facilities.score.critical", reason.GetProperty("code").GetString());
        Assert.Equal("I1", reason.GetProperty("subject").GetString());
        Assert.Contains("Trạm có bác sĩ làm việc", reason.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Knock-out item failed", reason.GetProperty("messageEn").GetString(), StringComparison.Ordinal);

        // With the knock-out met: 2 + 7 + 9 = 18 of 20 = 90 % > 80 %, C1 9/10, C2 9/10 > 50 % → passes.
        var fixedUp = await Ok(await commune.SendAsync(Put(url, 1, new { values = new object[] { new { code = "I1", value = 1 }, new { code = "I2", value = 7 }, new { code = "I3", value = 9 } } })));
        Assert.True(fixedUp.GetProperty("score").GetProperty("passed").GetBoolean());
        Assert.Empty(fixedUp.GetProperty("score").GetProperty("reasons").EnumerateArray());
        await Ok(await commune.PostAsync(url + "/submit", null));

        // The regional centre may not approve (403, nothing changes), may record an opinion and may return it.
        using var regional = await app.LoginAsync("kv");
        var refused = await regional.PostAsJsonAsync(url + "/review", new { approve = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("facilities.assessment.recognise", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Submitted", (await Ok(await regional.GetAsync(url))).GetProperty("status").GetString());
        var opinion = await Ok(await regional.PostAsJsonAsync(url + "/pre-review", new { note = "Hồ sơ đủ, đề nghị tỉnh công nhận" }));
        Assert.Equal("Submitted", opinion.GetProperty("status").GetString());
        Assert.Equal("kv", opinion.GetProperty("preReviewedBy").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync(url + "/review", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync(url + "/pre-review", new { note = "x" })).StatusCode);
        var returned = await Ok(await regional.PostAsJsonAsync(url + "/review", new { approve = false, note = "Bổ sung biên bản" }));
        Assert.Equal("Returned", returned.GetProperty("status").GetString());

        // Resubmitted: the opinion on the earlier submission is cleared. The province approves; recognition lasts 3 years.
        var resubmitted = await Ok(await commune.PostAsync(url + "/submit", null));
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("preReviewNote").ValueKind);
        var before = VietnamClock.Today(TimeProvider.System);
        var approved = await Ok(await province.PostAsJsonAsync(url + "/review", new { approve = true, note = "Đạt" }));
        var after = VietnamClock.Today(TimeProvider.System);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("syt", approved.GetProperty("reviewedBy").GetString());
        var until = DateOnly.Parse(approved.GetProperty("recognisedUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(until, new[] { before.AddYears(3).AddDays(-1), after.AddYears(3).AddDays(-1) });

        // T9 for 2026: the station approved and passing → 1/1, its centre 1/1.
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(app.ConnectionString, time);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 12));
        }

        var t9 = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<IndicatorResult>().AsNoTracking()
            .Where(r => r.IndicatorCode == "T9" && r.Period == "2026" && (r.OrgUnitId == station || r.OrgUnitId == centre))
            .ToDictionaryAsync(r => r.OrgUnitId, r => (r.Numerator, r.Denominator, r.Status)));
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), t9[station]);
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), t9[centre]);
    }

    private static OrgUnit Unit(CoSoDbContext db, string code, string name, OrgUnitKind kind, OrgUnit parent)
    {
        var id = Guid.CreateVersion7();
        var unit = new OrgUnit
        {
            Id = id, Code = code, Name = name, Kind = kind, ParentId = parent.Id, Path = parent.Path + id + "/", Depth = parent.Depth + 1, ProvinceCode = "38",
        };
        db.OrgUnits.Add(unit);
        return unit;
    }

    private static void User(CoSoDbContext db, string name, Role role, OrgUnit unit, string hash)
    {
        var user = new UserAccount { Id = Guid.CreateVersion7(), UserName = name, DisplayName = name, PasswordHash = hash, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        user.Units.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = unit.Id });
        db.Users.Add(user);
    }
}
