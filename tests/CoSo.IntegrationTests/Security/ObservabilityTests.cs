using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 10 (docs/observability.md): request logs without personal data, OpenTelemetry spans when enabled.
public sealed class ObservabilityTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_registered_name_CCCD_and_phone_never_appear_in_the_logs(string provider)
    {
        var app = await Apps.Get(provider);
        var logs = new CapturingLoggerProvider();
        await using var host = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Information)));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Assert.True((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "a1", password = TestOrg.Password })).IsSuccessStatusCode);

        var name = TestPeople.UniqueName("Quàng Thị");
        var person = await TestPeople.RegisterAsync(client, TestPeople.Input(app.Org.VillageA1.Id, name));
        var (id, cccd, phone) = (person.GetProperty("id").GetGuid(), person.GetProperty("cccd").GetString()!, "0912" + Random.Shared.Next(100000, 999999));
        var update = await client.PutAsJsonAsync($"/api/v1/people/{id}", new { fullName = name, birthYear = 1980, sex = "Female", villageId = app.Org.VillageA1.Id, ethnicityCode = "01", cccd, phone });
        Assert.NotEqual(HttpStatusCode.InternalServerError, update.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(name)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/people?q={cccd}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/people?q={phone}")).StatusCode);
        await client.PostAsJsonAsync("/api/v1/people/duplicates", TestPeople.Input(app.Org.VillageA1.Id, name));
        // A refused registration (the CCCD is taken) and a malformed one go through the error paths too.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/people", new { fullName = name, birthYear = 1980, sex = "Female", villageId = app.Org.VillageA1.Id, ethnicityCode = "01", cccd })).StatusCode);
        await client.PostAsync("/api/v1/people", new StringContent("{\"fullName\":\"" + name + "\",\"birthYear\":\"abc\"", System.Text.Encoding.UTF8, "application/json"));

        var text = string.Join('\n', logs.Lines);
        Assert.Contains("HTTP POST /api/v1/people/ →", text, StringComparison.Ordinal);  // the request log is there…
        Assert.Contains("HTTP GET /api/v1/people/ →", text, StringComparison.Ordinal);
        foreach (var secret in new[] { name, Core.Common.TextFolding.Fold(name), Uri.EscapeDataString(name), cccd, phone })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);         // …without a name, CCCD or phone
        }
    }

    [Fact]
    public async Task With_telemetry_on_a_request_produces_an_http_span_with_its_route_and_database_spans()
    {
        var app = await Apps.Get(TestDatabase.Sqlite);
        var exported = new List<Activity>();
        await using var host = app.WithWebHostBuilder(b => b
            .UseSetting("CoSo:Telemetry:Enabled", "true")
            .UseSetting("CoSo:Indicators:RecomputeJob", "false") // no job spans arriving while the test reads the list
            .ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported))));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        Assert.True((await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "a1", password = TestOrg.Password })).IsSuccessStatusCode);
        // The exporter listens to the whole process, where other tests' hosts serve requests too: the request carries a
        // trace id of its own, and the test looks only at that trace.
        var traceId = ActivityTraceId.CreateRandom();
        using var search = new HttpRequestMessage(HttpMethod.Get, "/api/v1/people?q=nguyen");
        search.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        // …and a user agent of its own, in case an ambient activity of the test process parents the span instead.
        var agent = "coso-telemetry-test/" + Guid.NewGuid().ToString("N");
        search.Headers.TryAddWithoutValidation("User-Agent", agent);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(search)).StatusCode);
        // The server span ends (and is exported) just after the response reaches the client: under a loaded full run it
        // can come a little later, so the test waits for it (up to 10 s) instead of reading once.
        bool Ours(Activity a) => (a.TraceId == traceId || (a.GetTagItem("user_agent.original") as string) == agent)
            && a.Kind == ActivityKind.Server && (a.GetTagItem("http.route") as string) == "/api/v1/people/";
        Activity[] spans = [];
        for (var attempt = 0; attempt < 100 && !spans.Any(Ours); attempt++)
        {
            host.Services.GetRequiredService<TracerProvider>().ForceFlush();
            spans = Snapshot(exported);
            if (!spans.Any(Ours))
            {
                await Task.Delay(100);
            }
        }

        var http = Assert.Single(spans, Ours);
        Assert.Equal(200, Convert.ToInt32(http.GetTagItem("http.response.status_code"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("nguyen", http.GetTagItem("url.query") as string ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(spans, a => a.TraceId == http.TraceId && a.Kind == ActivityKind.Client && a.GetTagItem("db.system") is not null);
    }

    /// <summary>A copy of the exporter's list, which the server side may be appending to meanwhile.</summary>
    private static Activity[] Snapshot(List<Activity> exported)
    {
        while (true)
        {
            try
            {
                return exported.ToArray();
            }
            catch (ArgumentException)
            {
                // the list grew during the copy: copy again
            }
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue(category + " scope: " + state);
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(';', kv.Select(p => p.Key + "=" + p.Value)) : string.Empty;
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }
}
