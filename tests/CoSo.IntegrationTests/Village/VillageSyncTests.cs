using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoSo.Core.Identity;
using CoSo.Core.Village;
using CoSo.IntegrationTests.Chronic;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Village;

/// <summary>The village app's sync API (docs/village-app.md) on both databases, through HTTP as the phone uses it.</summary>
public sealed class VillageSyncTests
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Today => ChronicApi.Today;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_sync_carries_only_the_workers_village_is_audited_and_the_next_one_only_what_changed(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var mine = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var otherVillage = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA2.Id))).GetProperty("id").GetGuid();
        var otherStation = (await TestPeople.RegisterAsync(b, TestPeople.Input(app.Org.VillageB1.Id))).GetProperty("id").GetGuid();

        using var vhw = await app.LoginAsync("vhw");
        var phone = await Phone.RegisterAsync(vhw);
        var (full, fullBytes) = await phone.DownloadAsync(null);
        Assert.True(full.GetProperty("full").GetBoolean());
        var residents = full.GetProperty("residents").EnumerateArray().ToList();
        var ids = residents.Select(r => r.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(otherVillage, ids);
        Assert.DoesNotContain(otherStation, ids);
        // Checked on the payload itself: every resident, household and listed person is of Thôn Đông.
        Assert.All(residents, r => Assert.Equal(app.Org.VillageA1.Id, r.GetProperty("villageId").GetGuid()));
        Assert.All(full.GetProperty("households").EnumerateArray(), h => Assert.Equal(app.Org.VillageA1.Id, h.GetProperty("villageId").GetGuid()));
        Assert.Equal([app.Org.VillageA1.Id], full.GetProperty("villages").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));
        var listed = full.GetProperty("lists").EnumerateObject().SelectMany(l => l.Value.EnumerateArray()).Where(i => i.TryGetProperty("personId", out var p) && p.ValueKind == JsonValueKind.String)
            .Select(i => i.GetProperty("personId").GetGuid()).ToList();
        Assert.All(listed, p => Assert.Contains(p, ids));
        var row = residents.Single(r => r.GetProperty("id").GetGuid() == mine);
        Assert.Equal(("valid", "Male", false), (row.GetProperty("bhyt").GetString(), row.GetProperty("sex").GetString(), row.GetProperty("birthYearOnly").GetBoolean()));
        Assert.True(fullBytes > 0);
        // No full health record travels: no CCCD, no BHYT number, no address of the resident.
        Assert.False(row.TryGetProperty("cccd", out _));
        Assert.False(row.TryGetProperty("bhytNumber", out _));

        // Audited: one read row of the sync naming the resident.
        var audited = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.ReadAudits.AsNoTracking()
            .Where(r => r.Source == "village:sync" && r.UserName == "vhw").OrderByDescending(r => r.Id).Select(r => r.PersonIds).FirstAsync());
        Assert.Contains(mine, audited);
        Assert.DoesNotContain(otherVillage, audited);

        // The station changes the number and moves another resident out of the village: the next sync carries exactly that.
        var moved = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var (second, _) = await phone.DownloadAsync(full.GetProperty("cursor").GetString());
        Assert.False(second.GetProperty("full").GetBoolean());
        Assert.Contains(moved, second.GetProperty("residents").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        var cursor = second.GetProperty("cursor").GetString();

        await SetAsync(a, mine, p => p["phone"] = "0987654321");
        await SetAsync(a, moved, p => p["villageId"] = app.Org.VillageA2.Id);
        var (third, _) = await phone.DownloadAsync(cursor);
        var changed = third.GetProperty("residents").EnumerateArray().ToList();
        Assert.Equal("0987654321", changed.Single(r => r.GetProperty("id").GetGuid() == mine).GetProperty("phone").GetString());
        Assert.DoesNotContain(moved, changed.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Contains(moved, third.GetProperty("removed").EnumerateArray().Select(r => r.GetGuid()));
        // Incremental: on SQLite exactly what changed since the cursor; PostgreSQL sends again the changes of the last
        // minute (commits arrive out of sequence order there, ADR 0019), which in this test is every resident made.
        if (provider == "sqlite")
        {
            Assert.Equal([mine], changed.Select(r => r.GetProperty("id").GetGuid()));
        }
        Assert.DoesNotContain(otherVillage, changed.Select(r => r.GetProperty("id").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_repeated_after_a_lost_answer_stores_one_record_and_bad_records_are_rejected_alone_with_field_messages(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var person = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        using var vhw = await app.LoginAsync("vhw");
        var phone = await Phone.RegisterAsync(vhw);

        var visit = Record(Guid.CreateVersion7(), "homeVisit", person, new { visitedOn = Iso(Today), systolic = 150, diastolic = 95, glucose = "6,5", weightKg = 52.5, tookMedicine = true, notes = "Uống thuốc đều" });
        var first = await phone.UploadAsync(visit);
        Assert.Equal("accepted", first[0].GetProperty("status").GetString());
        var again = await phone.UploadAsync(visit);
        Assert.Equal("duplicate", again[0].GetProperty("status").GetString());
        var stored = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<HomeVisit>().AsNoTracking().Where(v => v.PersonId == person).ToListAsync());
        var one = Assert.Single(stored);
        Assert.Equal((150, 95, 6.5m, 52.5m, true), (one.Systolic, one.Diastolic, one.GlucoseMmol, one.WeightKg, one.TookMedicine));

        // One impossible BP and one BP in the wrong order are rejected with the station's messages; the good record beside them is stored.
        var impossible = Record(Guid.CreateVersion7(), "homeVisit", person, new { visitedOn = Iso(Today), systolic = 400, diastolic = 90 });
        var order = Record(Guid.CreateVersion7(), "homeVisit", person, new { visitedOn = Iso(Today), systolic = 90, diastolic = 120 });
        var good = Record(Guid.CreateVersion7(), "homeVisit", person, new { visitedOn = Iso(Today.AddDays(-1)), weightKg = 53 });
        var future = Record(Guid.CreateVersion7(), "homeVisit", person, new { visitedOn = Iso(Today.AddDays(2)) });
        var results = await phone.UploadAsync(impossible, order, good, future);
        Assert.Equal(["rejected", "rejected", "accepted", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        var err = results[0].GetProperty("errors")[0];
        Assert.Equal("data.systolic", err.GetProperty("field").GetString());
        Assert.Contains("300", err.GetProperty("message").GetString());
        Assert.Equal(("data.diastolic", "Huyết áp tâm trương phải thấp hơn tâm thu."), (results[1].GetProperty("errors")[0].GetProperty("field").GetString(), results[1].GetProperty("errors")[0].GetProperty("message").GetString()));
        Assert.Equal("data.visitedOn", results[3].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(2, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<HomeVisit>().CountAsync(v => v.PersonId == person)));

        // The verdicts come back on the next download (a phone that lost the answer learns them there).
        var (payload, _) = await phone.DownloadAsync(null);
        var verdicts = payload.GetProperty("records").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("status").GetString());
        Assert.Equal(("accepted", "rejected"), (verdicts[Id(visit)], verdicts[Id(impossible)]));

        // A resident of another village cannot be written to, whatever the phone sends.
        var foreign = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA2.Id))).GetProperty("id").GetGuid();
        var refused = await phone.UploadAsync(Record(Guid.CreateVersion7(), "homeVisit", foreign, new { visitedOn = Iso(Today) }));
        Assert.Equal(("rejected", "data.personId"), (refused[0].GetProperty("status").GetString(), refused[0].GetProperty("errors")[0].GetProperty("field").GetString()));
        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<HomeVisit>().CountAsync(v => v.PersonId == foreign)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_number_changed_at_the_station_and_on_the_phone_is_a_conflict_that_loses_no_value(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var person = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        using var vhw = await app.LoginAsync("vhw");
        var phone = await Phone.RegisterAsync(vhw);
        var (payload, _) = await phone.DownloadAsync(null);
        var downloaded = payload.GetProperty("residents").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == person).GetProperty("phone").GetString();

        // Offline, the worker writes the new number; meanwhile the station writes another.
        await SetAsync(a, person, p => p["phone"] = "0911111111");
        var edit = Record(Guid.CreateVersion7(), "residentEdit", person, new { phone = "0922222222" }, new { phone = downloaded });
        var verdict = (await phone.UploadAsync(edit))[0];
        Assert.Equal("conflict", verdict.GetProperty("status").GetString());
        var conflict = verdict.GetProperty("conflict");
        Assert.Equal(("phone", "0922222222", "0911111111", "station"),
            (conflict.GetProperty("field").GetString(), conflict.GetProperty("phoneValue").GetString(), conflict.GetProperty("stationValue").GetString(), conflict.GetProperty("kept").GetString()));
        Assert.Equal("0911111111", (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}")).GetProperty("phone").GetString());

        // The station sees both values in its inbox and adopts the worker's.
        var inbox = await a.GetFromJsonAsync<JsonElement>("/api/v1/village/inbox?open=true");
        var item = inbox.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == Id(edit));
        Assert.Equal(("Conflict", "0922222222", "0911111111"), (item.GetProperty("status").GetString(), item.GetProperty("phoneValue").GetString(), item.GetProperty("stationValue").GetString()));
        using (var resolve = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/village/inbox/{Id(edit)}/resolve") { Content = JsonContent.Create(new { adoptPhoneValue = true }) })
        {
            resolve.Headers.IfMatch.Add(new EntityTagHeaderValue("\"9\""));
            Assert.Equal(HttpStatusCode.PreconditionFailed, (await a.SendAsync(resolve)).StatusCode); // a stale version is refused
        }

        using (var resolve = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/village/inbox/{Id(edit)}/resolve") { Content = JsonContent.Create(new { adoptPhoneValue = true }) })
        {
            resolve.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{item.GetProperty("version").GetInt32()}\""));
            Assert.Equal(HttpStatusCode.NoContent, (await a.SendAsync(resolve)).StatusCode);
        }

        Assert.Equal("0922222222", (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}")).GetProperty("phone").GetString());
        var (after, _) = await phone.DownloadAsync(payload.GetProperty("cursor").GetString());
        var settled = after.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == Id(edit));
        Assert.Equal(("resolved", "phone"), (settled.GetProperty("status").GetString(), settled.GetProperty("conflict").GetProperty("kept").GetString()));
        Assert.Equal("0922222222", after.GetProperty("residents").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == person).GetProperty("phone").GetString());

        // An edit whose base is still the station's value is simply applied.
        var plain = Record(Guid.CreateVersion7(), "residentEdit", person, new { phone = "0933333333" }, new { phone = "0922222222" });
        Assert.Equal("accepted", (await phone.UploadAsync(plain))[0].GetProperty("status").GetString());
        Assert.Equal("0933333333", (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}")).GetProperty("phone").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notifications_outcomes_and_suspected_cases_open_the_stations_records(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var woman = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, sex: CoSo.Core.People.Sex.Female, birth: new DateOnly(1998, 4, 2)))).GetProperty("id").GetGuid();
        var (patient, enrolment) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        using var vhw = await app.LoginAsync("vhw");
        var phone = await Phone.RegisterAsync(vhw);

        var pregnancy = Record(Guid.CreateVersion7(), "notification", woman, new { type = "pregnancy", on = Iso(Today), lmp = Iso(Today.AddDays(-50)), notes = "Nghén" });
        var outcome = Record(Guid.CreateVersion7(), "followUpOutcome", patient, new { enrolmentId = enrolment, outcome = "AgreedToCome", on = Iso(Today), newAppointment = Iso(Today.AddDays(3)) });
        var suspected = Record(Guid.CreateVersion7(), "suspectedCase", woman, new { diseaseCode = "dengue", onsetDate = Iso(Today.AddDays(-2)), symptoms = "Sốt cao, phát ban" });
        var birth = Record(Guid.CreateVersion7(), "notification", null, new { type = "birth", on = Iso(Today), fullName = "Con bà Hoa", sex = "Female", birthDate = Iso(Today) });
        var badOutcome = Record(Guid.CreateVersion7(), "followUpOutcome", patient, new { enrolmentId = enrolment, outcome = "Sleeping" });
        var results = await phone.UploadAsync(pregnancy, outcome, suspected, birth, badOutcome);
        Assert.Equal(["accepted", "accepted", "accepted", "accepted", "rejected"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("data.outcome", results[4].GetProperty("errors")[0].GetProperty("field").GetString());

        // The pregnancy is reported at the station, waiting for its confirmation.
        var due = (await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/anc-due?stationId={app.Org.StationA.Id}")).GetProperty("items").EnumerateArray();
        Assert.Contains(due, d => d.GetProperty("personId").GetGuid() == woman && d.GetProperty("pregnancyStatus").GetString() == "Reported");
        // The overdue patient agreed to come: off the overdue list until the new appointment.
        Assert.DoesNotContain(enrolment, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
        // The suspected case is on the line list as suspected, for the station to confirm.
        var cases = (await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/cases?disease=dengue")).GetProperty("items").EnumerateArray();
        Assert.Contains(cases, c => c.GetProperty("personId") is { ValueKind: JsonValueKind.String } p && p.GetGuid() == woman && c.GetProperty("classification").GetString() == "Suspected");

        // The inbox lists them with their links; the birth notified the station's staff, naming the village, not the child.
        var inbox = (await a.GetFromJsonAsync<JsonElement>("/api/v1/village/inbox")).EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid());
        Assert.StartsWith("/me-be/thai-ky/", inbox[Id(pregnancy)].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/giam-sat/ca/", inbox[Id(suspected)].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal("birth", inbox[Id(birth)].GetProperty("subKind").GetString());
        var notes = await a.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var note = notes.EnumerateArray().First(n => n.GetProperty("kind").GetString() == "village-report" && n.GetProperty("body").GetString()!.Contains("báo sinh", StringComparison.Ordinal));
        Assert.Contains("Thôn Đông", note.GetProperty("body").GetString());
        Assert.DoesNotContain("Con bà Hoa", note.GetProperty("body").GetString());

        // Station B sees none of it.
        using var b = await app.LoginAsync("b1");
        Assert.DoesNotContain((await b.GetFromJsonAsync<JsonElement>("/api/v1/village/inbox")).EnumerateArray(), i => i.GetProperty("id").GetGuid() == Id(pregnancy));
        // The station sees the phone with its last sync; the worker cannot read the station's inbox.
        var devices = await a.GetFromJsonAsync<JsonElement>("/api/v1/village/devices");
        Assert.Contains(devices.EnumerateArray(), d => d.GetProperty("id").GetGuid() == phone.DeviceId && d.GetProperty("userName").GetString() == "vhw");
        Assert.Equal(HttpStatusCode.Forbidden, (await vhw.GetAsync("/api/v1/village/inbox")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revoked_phone_or_a_deactivated_worker_is_told_to_wipe_and_syncs_nothing_more(string provider)
    {
        var app = await Apps.Get(provider);
        using var vhw = await app.LoginAsync("vhw");
        var phone = await Phone.RegisterAsync(vhw);
        Assert.Equal((true, false), await phone.StatusAsync(app));

        using var a = await app.LoginAsync("a1");
        Assert.Equal(HttpStatusCode.NoContent, (await a.PostAsync($"/api/v1/village/devices/{phone.DeviceId}/revoke", null)).StatusCode);
        Assert.Equal((false, true), await phone.StatusAsync(app));
        using (var sync = phone.Request(HttpMethod.Get, "/api/v1/village/sync"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await vhw.SendAsync(sync)).StatusCode);
        }

        // A second worker's phone: the worker is deactivated; the phone, now without a session, learns it must wipe.
        var name = "vhw" + TestPeople.Next();
        await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            var id = Guid.CreateVersion7();
            db.Users.Add(new UserAccount
            {
                Id = id, UserName = name, DisplayName = name, PasswordHash = PasswordHasher.Hash(TestOrg.Password, 1_000), Role = Role.VillageHealthWorker,
                CreatedAt = DateTimeOffset.UtcNow, Units = [new UserOrgUnit { UserId = id, OrgUnitId = app.Org.VillageA1.Id }],
            });
            return await db.SaveChangesAsync();
        });
        using var second = await app.LoginAsync(name);
        var other = await Phone.RegisterAsync(second);
        Assert.Equal((true, false), await other.StatusAsync(app));
        await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Users.Where(u => u.UserName == name).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false)));
        Assert.Equal((false, true), await other.StatusAsync(app));

        // A wrong token learns nothing and wipes nothing; a station clinician cannot register a phone.
        Assert.Equal((false, false), await new Phone(vhw, other.DeviceId, "wrong").StatusAsync(app));
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostAsJsonAsync("/api/v1/village/devices", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_sync_api_is_in_the_openapi_document_for_other_clients()
    {
        var app = await Apps.Get("sqlite");
        using var anonymous = app.CreateClient();
        var doc = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/v1/village/devices", "/api/v1/village/devices/status", "/api/v1/village/sync", "/api/v1/village/sync/upload", "/api/v1/village/inbox" }, paths);
        Assert.True(doc.GetProperty("paths").GetProperty("/api/v1/village/sync").GetProperty("get").TryGetProperty("responses", out _));
    }

    private static Guid Id(JsonObject record) => record["id"]!.GetValue<Guid>();

    private static JsonObject Record(Guid id, string kind, Guid? personId, object data, object? baseValues = null) => new()
    {
        ["id"] = id, ["kind"] = kind, ["personId"] = personId is { } p ? JsonValue.Create(p) : null,
        ["data"] = JsonSerializer.SerializeToNode(data), ["base"] = baseValues is null ? null : JsonSerializer.SerializeToNode(baseValues),
    };

    /// <summary>Station edit of a resident (PUT with If-Match), one field changed.</summary>
    private static async Task SetAsync(HttpClient client, Guid id, Action<JsonObject> change)
    {
        var read = await client.GetAsync($"/api/v1/people/{id}");
        var body = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
        change(body);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        var response = await client.SendAsync(put);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A registered phone: its id and token, sent on every sync call.</summary>
    private sealed record Phone(HttpClient Client, Guid DeviceId, string Token)
    {
        public static async Task<Phone> RegisterAsync(HttpClient client)
        {
            var response = await client.PostAsJsonAsync("/api/v1/village/devices", new { name = "Chrome Android (test)" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(32, Convert.FromBase64String(body.GetProperty("dataKey").GetString()!).Length);
            return new Phone(client, body.GetProperty("deviceId").GetGuid(), body.GetProperty("deviceToken").GetString()!);
        }

        public HttpRequestMessage Request(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("X-CoSo-Device", DeviceId.ToString());
            request.Headers.Add("X-CoSo-Device-Token", Token);
            return request;
        }

        public async Task<(JsonElement Body, long CompressedBytes)> DownloadAsync(string? cursor)
        {
            using var request = Request(HttpMethod.Get, "/api/v1/village/sync" + (cursor is null ? string.Empty : "?since=" + Uri.EscapeDataString(cursor)));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            using var response = await Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            await using var gz = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            return (await JsonSerializer.DeserializeAsync<JsonElement>(gz), bytes.LongLength);
        }

        public async Task<List<JsonElement>> UploadAsync(params JsonObject[] records)
        {
            using var request = Request(HttpMethod.Post, "/api/v1/village/sync/upload");
            request.Content = JsonContent.Create(new JsonObject { ["records"] = new JsonArray(records.Select(r => (JsonNode)r.DeepClone()).ToArray()) });
            using var response = await Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("results").EnumerateArray().ToList();
        }

        public async Task<(bool Active, bool Wipe)> StatusAsync(CoSoApp app)
        {
            using var anonymous = app.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/village/devices/status");
            request.Headers.Add("X-CoSo-Device", DeviceId.ToString());
            request.Headers.Add("X-CoSo-Device-Token", Token);
            var body = await (await anonymous.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            return (body.GetProperty("active").GetBoolean(), body.GetProperty("wipe").GetBoolean());
        }
    }
}
