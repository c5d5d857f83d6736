using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Identity;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 3 (docs/security.md): atomic lockout, one answer for every failure, sessions that end on logout,
// deactivation, a role change or from the sessions list, and the optional TOTP second factor.
public sealed class SessionAndSignInTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forty_parallel_wrong_passwords_check_five_lock_the_account_and_the_right_password_is_refused(string provider)
    {
        var app = await Apps.Get(provider);
        var name = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        using var anonymous = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = "wrong-password-" + i })));
        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));

        var right = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);

        // Exactly five passwords were checked (a try is reserved before the hash); the 35 others and the right one were refused unchecked.
        var actions = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.AuditEntries.Where(a => a.UserName == name).GroupBy(a => a.Action)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(5, actions["sign-in-failed"]);
        Assert.Equal(36, actions["sign-in-locked"]);
        Assert.False(actions.ContainsKey("sign-in"));

        // When the lock has run out, the right password signs in and the count starts again.
        await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Users.Where(u => u.UserName == name)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password })).StatusCode);
        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Users.Where(u => u.UserName == name).Select(u => u.FailedSignIns).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_user_a_wrong_password_and_a_locked_account_get_the_same_answer(string provider)
    {
        var app = await Apps.Get(provider);
        var name = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        using var anonymous = app.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        async Task<string> Answer(string user, string password)
        {
            var r = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        var unknown = Title(await Answer("nobody-" + TestPeople.Next(), "whatever-password"));
        var wrong = Title(await Answer(name, "wrong-password"));
        for (var i = 0; i < 5; i++)
        {
            await Answer(name, "wrong-password");
        }

        var locked = Title(await Answer(name, TestOrg.Password));
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
        Assert.Equal("Wrong user name or password. After 5 failures in a row the account is locked for 15 minutes.", unknown);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_stops_working_after_logout_deactivation_and_demotion(string provider)
    {
        var app = await Apps.Get(provider);

        // Logout: a copy of the cookie taken before is refused at once (the session row is closed).
        var clinician = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        var cookie = await CookieAsync(app, clinician);
        Assert.Equal(HttpStatusCode.OK, (await Get(app, cookie, "/api/v1/people?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(app, cookie, HttpMethod.Post, "/api/v1/auth/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(app, cookie, "/api/v1/people?q=a")).StatusCode);

        // Deactivation (as `coso users deactivate` does it): refused at the next check, within the interval.
        var leaver = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        var leaverCookie = await CookieAsync(app, leaver);
        Assert.Equal(HttpStatusCode.OK, (await Get(app, leaverCookie, "/api/v1/people?q=a")).StatusCode);
        await WithAdminAsync(app, a => a.DeactivateAsync(leaver));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(app, leaverCookie, "/api/v1/people?q=a")).StatusCode);

        // An administrator demoted to village health worker no longer reads the audit trail with the old cookie.
        var adm = await AddUserAsync(app, Role.Administrator, app.Org.Nation.Code);
        var admCookie = await CookieAsync(app, adm);
        Assert.Equal(HttpStatusCode.OK, (await Get(app, admCookie, "/api/v1/audit?pageSize=1")).StatusCode);
        await WithAdminAsync(app, a => a.SetRoleAsync(adm, Role.VillageHealthWorker, [app.Org.VillageA1.Code]));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(app, admCookie, "/api/v1/audit?pageSize=1")).StatusCode);

        // A new password ends the sessions too, and the new password signs in.
        var forgetful = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        var before = await CookieAsync(app, forgetful);
        await WithAdminAsync(app, a => a.ResetPasswordAsync(forgetful, "mot cum tu rat dai de nho"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(app, before, "/api/v1/people?q=a")).StatusCode);
        await CookieAsync(app, forgetful, "mot cum tu rat dai de nho");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_sees_their_sessions_and_ends_another_one(string provider)
    {
        var app = await Apps.Get(provider);
        var name = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        var laptop = await CookieAsync(app, name);
        var phone = await CookieAsync(app, name);

        var list = await (await Get(app, laptop, "/api/v1/auth/sessions")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, list.GetArrayLength());
        var other = list.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await Send(app, laptop, HttpMethod.Delete, $"/api/v1/auth/sessions/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(app, phone, "/api/v1/people?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(app, laptop, "/api/v1/people?q=a")).StatusCode);

        // Someone else's session id is not found (and not ended).
        var stranger = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        var strangerCookie = await CookieAsync(app, stranger);
        var mine = (await (await Get(app, laptop, "/api/v1/auth/sessions")).Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await Send(app, strangerCookie, HttpMethod.Delete, $"/api/v1/auth/sessions/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(app, laptop, "/api/v1/people?q=a")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_enrolled_second_factor_is_asked_for_and_a_code_works_once(string provider)
    {
        var app = await Apps.Get(provider);
        var name = await AddUserAsync(app, Role.ProvincialManager, app.Org.Nation.Code);
        var secret = await WithAdminAsync(app, a => a.EnrolTotpAsync(name));
        using var client = app.CreateClient();

        var without = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("auth.totp", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var code = Totp.Code(secret, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password, totpCode = code })).StatusCode);
        var replay = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = TestOrg.Password, totpCode = code });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);

        // A code with the wrong password does not help: the password is checked first and counts as a failure.
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = name, password = "wrong-password", totpCode = Totp.Code(secret, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal("auth.invalid", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_role_that_must_use_a_second_factor_cannot_sign_in_before_enrolling_and_other_roles_can(string provider)
    {
        var app = await Apps.Get(provider);
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("CoSo:Auth:TotpRequiredRoles:0", nameof(Role.ProvincialManager)));
        var manager = await AddUserAsync(app, Role.ProvincialManager, app.Org.Nation.Code);
        var clinician = await AddUserAsync(app, Role.StationClinician, app.Org.StationA.Code);
        using var client = host.CreateClient();

        var refused = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = manager, password = TestOrg.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("auth.totpNotEnrolled", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = clinician, password = TestOrg.Password })).StatusCode);

        // Enrolled, the manager signs in with a code.
        var secret = await WithAdminAsync(app, a => a.EnrolTotpAsync(manager));
        using var enrolled = host.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await enrolled.PostAsJsonAsync("/api/v1/auth/login", new { userName = manager, password = TestOrg.Password, totpCode = Totp.Code(secret, DateTimeOffset.UtcNow) })).StatusCode);
    }

    private static string Title(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("title").GetString()!;

    private static async Task<string> AddUserAsync(CoSoApp app, Role role, string unitCode)
    {
        var name = "u" + TestPeople.Next();
        await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode);
            var id = Guid.CreateVersion7();
            db.Users.Add(new UserAccount
            {
                Id = id, UserName = name, DisplayName = name, PasswordHash = PasswordHasher.Hash(TestOrg.Password, 1_000), Role = role, CreatedAt = DateTimeOffset.UtcNow,
                Units = [new UserOrgUnit { UserId = id, OrgUnitId = unit.Id }],
            });
            return await db.SaveChangesAsync();
        });
        return name;
    }

    private static async Task<T> WithAdminAsync<T>(CoSoApp app, Func<UserAdministration, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // The administrator at the console (coso users …): the operator, who may manage users.
        scope.ServiceProvider.GetRequiredService<CoSo.Web.Infrastructure.Auth.HttpCurrentActor>().InitializeSystem("cli");
        return await work(ActivatorUtilities.CreateInstance<UserAdministration>(scope.ServiceProvider));
    }

    /// <summary>Signs in and returns the session cookie as the browser would keep it.</summary>
    private static async Task<string> CookieAsync(CoSoApp app, string user, string password = TestOrg.Password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("coso.auth=", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Get(CoSoApp app, string cookie, string url) => Send(app, cookie, HttpMethod.Get, url);

    private static async Task<HttpResponseMessage> Send(CoSoApp app, string cookie, HttpMethod method, string url)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
