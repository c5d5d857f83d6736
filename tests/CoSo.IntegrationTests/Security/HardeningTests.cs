using System.Net;
using System.Net.Http.Json;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 4 (docs/security.md, "Transport and headers").
public sealed class HardeningTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Person_data_is_never_cached_and_every_response_carries_the_security_headers(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var api = await a.GetAsync("/api/v1/people?q=a");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("no-store", api.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(api.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(api.Headers.GetValues("Referrer-Policy")));

        var page = await a.GetAsync("/dang-nhap");
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_from_another_site_is_refused_and_saves_nothing_while_CoSo_s_own_origin_passes(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Lừa Văn");

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(TestPeople.Input(app.Org.VillageA1.Id, name)) };
        forged.Headers.Add("Origin", "http://evil.example");
        var refused = await a.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("request.crossOrigin", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var sibling = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/read-all");
        sibling.Headers.Add("Sec-Fetch-Site", "same-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await a.SendAsync(sibling)).StatusCode);

        Assert.Equal(0, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.CountAsync(p => p.FullName == name)));

        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(TestPeople.Input(app.Org.VillageA1.Id, name)) };
        own.Headers.Add("Origin", a.BaseAddress!.GetLeftPart(UriPartial.Authority));
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await a.SendAsync(own)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cookie_keys_live_in_the_database(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var xml = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains(xml, x => x != null && x.Contains("<key ", StringComparison.Ordinal));
    }
}
