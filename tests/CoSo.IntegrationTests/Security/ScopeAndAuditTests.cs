using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Security;

public sealed class ScopeAndAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_of_station_B_cannot_reach_a_resident_of_station_A_through_any_endpoint_and_each_attempt_is_audited(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var person = await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id));
        var id = person.GetProperty("id").GetGuid();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(person.GetRawText())!;
        var household = await a.PostAsJsonAsync("/api/v1/households", new { villageId = app.Org.VillageA1.Id });
        Assert.Equal(HttpStatusCode.Created, household.StatusCode);

        using var b = await app.LoginAsync("b1");
        var attempts = new List<Func<Task<HttpResponseMessage>>>
        {
            () => b.GetAsync($"/api/v1/people/{id}"),
            () =>
            {
                var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(body) };
                put.Headers.IfMatch.ParseAdd("\"1\"");
                return b.SendAsync(put);
            },
            () => b.GetAsync($"/api/v1/people/{id}/visits"),
            () => b.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } }),
            () => b.GetAsync($"/api/v1/people/{id}/health-record"),
            () => b.GetAsync($"/api/v1/people/{id}/health-record/history"),
            () =>
            {
                var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}/health-record") { Content = JsonContent.Create(new { tobacco = "Never" }) };
                put.Headers.IfMatch.ParseAdd("\"0\"");
                return b.SendAsync(put);
            },
            () => b.PostAsJsonAsync($"/api/v1/people/{id}/merge", new { duplicateId = Guid.NewGuid() }),
        };
        foreach (var attempt in attempts)
        {
            var response = await attempt();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} answered {(int)response.StatusCode}");
        }

        var search = await b.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={person.GetProperty("cccd").GetString()}");
        Assert.Empty(search.GetProperty("items").EnumerateArray());
        var householdId = (await household.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/households/{householdId}")).StatusCode);

        var denied = await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(x => x.PersonId == id && x.Action == AuditActions.Denied && x.UserName == "b1"));
        Assert.Equal(attempts.Count, denied);
        Assert.Equal(0, await TestDatabase.CountAsync<Core.Encounters.Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == id)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_endpoint_that_names_a_resident_denies_another_station_and_audits_the_attempt(string provider)
    {
        // Found from the app's own route table, so an endpoint added later is covered without editing this test.
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "personId"))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Endpoint: e)))
            .ToList();
        Assert.True(endpoints.Count >= 8, $"only {endpoints.Count} person endpoints found");

        using var b = await app.LoginAsync("b1");
        foreach (var (method, endpoint) in endpoints)
        {
            // A parameter sharing a segment with others ("{personId}-{kind}" of FHIR AllergyIntolerance) gets a word: a
            // Guid there, with its own dashes, would make the segment's split ambiguous.
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { Name: "personId" } => id.ToString(),
                RoutePatternParameterPart when segment.Parts.Count > 1 => "x",
                RoutePatternParameterPart => Guid.CreateVersion7().ToString(),
                _ => string.Empty,
            }))));
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.IfMatch.ParseAdd("\"1\"");
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = JsonContent.Create(new { });
            }

            var response = await b.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
        }

        var denied = await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(x => x.PersonId == id && x.Action == AuditActions.Denied && x.UserName == "b1"));
        Assert.Equal(endpoints.Count, denied);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_read_and_write_of_a_resident_is_audited_and_only_administrators_can_read_the_trail(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        await a.GetAsync($"/api/v1/people/{id}");
        await a.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } });
        await a.GetAsync($"/api/v1/people/{id}/visits");

        Assert.Equal(HttpStatusCode.Forbidden, (await a.GetAsync($"/api/v1/audit?personId={id}")).StatusCode);
        using var admin = await app.LoginAsync("admin");
        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?personId={id}");
        var actions = trail.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("entityType").GetString(), e.GetProperty("userName").GetString())).ToList();
        Assert.Contains(("create", "Person", "a1"), actions);
        Assert.Contains(("create", "Encounter", "a1"), actions);
        // One read per GET above, recorded under the endpoint that served it. (Other tests running at the same time
        // may list this resident too — e.g. station A's high-risk list — so only these two endpoints are counted.)
        var reads = actions.Where(x => x.Item1 == "read" && x.Item3 == "a1").Select(x => x.Item2!).ToList();
        Assert.Equal(1, reads.Count(t => t.EndsWith("/api/v1/people/{personId:guid}", StringComparison.Ordinal)));
        Assert.Equal(1, reads.Count(t => t.Contains("/api/v1/people/{personId:guid}/visits", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_entries_cannot_be_changed_or_deleted_even_in_the_database(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id));
        await Assert.ThrowsAnyAsync<Exception>(() => TestDatabase.WithDbAsync(app.ConnectionString, db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET action = 'x'")));
        await Assert.ThrowsAnyAsync<Exception>(() => TestDatabase.WithDbAsync(app.ConnectionString, db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries")));
        Assert.True(await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString) > 0);
        await a.GetAsync("/api/v1/people?q=nguyen");
        Assert.True(await TestDatabase.CountAsync<ReadAuditEntry>(app.ConnectionString) > 0);
        await Assert.ThrowsAnyAsync<Exception>(() => TestDatabase.WithDbAsync(app.ConnectionString, db => db.Database.ExecuteSqlRawAsync("UPDATE audit_reads SET action = 'x'")));
        await Assert.ThrowsAnyAsync<Exception>(() => TestDatabase.WithDbAsync(app.ConnectionString, db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_reads")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_health_worker_sees_residents_of_the_village_only(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var inVillage = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var otherVillage = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA2.Id))).GetProperty("id").GetGuid();

        using var vhw = await app.LoginAsync("vhw");
        Assert.Equal(HttpStatusCode.OK, (await vhw.GetAsync($"/api/v1/people/{inVillage}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vhw.GetAsync($"/api/v1/people/{otherVillage}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Anonymous_requests_get_401_and_five_wrong_passwords_lock_the_account(string provider)
    {
        var app = await Apps.Get(provider);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/people")).StatusCode);

        var name = "lock" + TestPeople.Next();
        await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            db.Users.Add(new Core.Identity.UserAccount { Id = Guid.CreateVersion7(), UserName = name, DisplayName = name, PasswordHash = Core.Identity.PasswordHasher.Hash(TestOrg.Password, 1_000), Role = Core.Identity.Role.StationClinician, CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        for (var i = 0; i < 5; i++)
        {
            var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // The right password is refused while the lock holds, with the message any failure gets (no account enumeration).
        var locked = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.StartsWith("Tên đăng nhập hoặc mật khẩu không đúng", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_endpoint_reports_the_database(string provider)
    {
        var app = await Apps.Get(provider);
        using var client = app.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
