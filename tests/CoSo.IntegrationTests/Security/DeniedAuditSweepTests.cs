using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Security;

/// <summary>
/// Issue 14, item 2: every id-bearing route of the API (not only those of a resident) answers an unknown or
/// out-of-scope id with 404 and writes one "denied" row naming the requested id — swept from the route table, so a
/// new route is covered the day it is added.
/// </summary>
public sealed class DeniedAuditSweepTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_id_bearing_route_answers_an_unknown_id_with_404_and_a_denied_row_naming_it(string provider)
    {
        var app = await Apps.Get(provider);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(x => x.Content == "guid")))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Where(m => m == "GET").Select(m => (Method: m, Endpoint: e)))
            .ToList();
        Assert.True(endpoints.Count >= 30, $"only {endpoints.Count} id-bearing GET routes found");

        using var admin = await app.LoginAsync("admin");
        var wrong = new List<string>();
        var asked = new List<Guid>();
        foreach (var (method, endpoint) in endpoints)
        {
            Guid last = Guid.Empty;
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") => (last = Guid.CreateVersion7()).ToString(),
                RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => "2026",
                RoutePatternParameterPart => "x",
                _ => string.Empty,
            }))));
            // The administrator sees the whole tree: a 404 here is "missing", the other half of the rule (out of scope) is
            // ScopeAndAuditTests' sweep of the resident routes.
            var response = await admin.GetAsync(path + "?year=2026&month=10&period=2026-10"); // the query a report route requires
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                wrong.Add($"{method} {path} answered {(int)response.StatusCode}");
                continue;
            }

            asked.Add(last);
        }

        Assert.Empty(wrong);
        var denied = await TestDatabase.WithDbAsync(app.ConnectionString, db => Task.FromResult(db.AuditEntries
            .Where(x => x.Action == AuditActions.Denied && x.UserName == "admin" && x.EntityId != null && asked.Contains(x.EntityId.Value))
            .Select(x => x.EntityId!.Value).ToList()));
        Assert.Equal(asked.Order().ToList(), denied.Order().ToList()); // one row per request, naming the id asked for
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_duplicate_check_audits_the_residents_it_shows_as_a_search(string provider)
    {
        // The probe: POST /people/duplicates returned names, CCCD, phones and BHYT numbers with no audit row.
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName();
        var first = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, name, new DateOnly(1971, 3, 4)))).GetProperty("id").GetGuid();

        var response = await a.PostAsJsonAsync("/api/v1/people/duplicates", TestPeople.Input(app.Org.VillageA1.Id, name, new DateOnly(1971, 3, 4)), TestPeople.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(first, shown);

        // One row for the request, listing every candidate shown (ADR 0011).
        var audited = (await TestDatabase.ReadsOfAsync(app.ConnectionString, first)).Where(x => x.Action == AuditActions.Search && x.UserName == "a1").ToList();
        var row = Assert.Single(audited);
        Assert.Equal(shown.Order(), row.PersonIds.Order());
    }
}
