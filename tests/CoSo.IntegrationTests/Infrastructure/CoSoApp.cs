using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>The real web host in-process over one test database, with a seeded two-station org.</summary>
public sealed class CoSoApp : WebApplicationFactory<Program>
{
    private CoSoApp(string provider, string connectionString, TestOrg org)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Org = org;
    }

    /// <summary>This app's FHIR $export folder: its own, so one app's sweep never sees another database's exports.</summary>
    public string ExportDirectory { get; } = Path.Combine(Path.GetTempPath(), "coso-tests-fhir-export", Guid.NewGuid().ToString("N"));

    public string Provider { get; }

    public string ConnectionString { get; }

    public TestOrg Org { get; }

    public static async Task<CoSoApp> StartAsync(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_it");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        return new CoSoApp(provider, cs, org);
    }

    /// <summary>A client signed in as the given user (cookies kept by the client).</summary>
    public async Task<HttpClient> LoginAsync(string user, string password = TestOrg.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of {user} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("COSO_DATABASE", ConnectionString);
        builder.UseEnvironment("Testing");
        // Sessions are re-checked every second here (60 s in production), so "within the interval" is testable.
        builder.UseSetting("CoSo:Auth:SessionCheckSeconds", "1");
        // FHIR $export files under the temp folder, not the user's data folder.
        builder.UseSetting("CoSo:Fhir:ExportDirectory", ExportDirectory);
        // FHIR Subscriptions: the tests' receivers listen on http://127.0.0.1, and the tests drive the outbox drainer themselves.
        builder.UseSetting("CoSo:Fhir:Subscriptions:AllowLoopbackHttp", "true");
        builder.UseSetting("Outbox:Enabled", "false");
    }
}
