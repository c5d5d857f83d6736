using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// Two CoSo.Web processes on one database behind CoSo.Proxy (issue 20, item 4; ADR 0015). PostgreSQL only, by nature:
/// several nodes share one server database; the embedded SQLite store is one process on one station's machine
/// (its single-node live queue is the in-process event, covered by the reception tests on both stores).
/// Sign in on node A, the cookie works on node B (one Data Protection key ring in the database) and through the proxy;
/// the outbox job has one holder while both run; a queue change made on A is relayed to B by LISTEN/NOTIFY; the node
/// that holds the job is killed, the other takes the job over and the proxy keeps serving.
/// </summary>
public sealed class TwoWebNodesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Sign_in_on_one_node_works_on_the_other_and_through_the_proxy_a_job_runs_once_the_queue_crosses_nodes_and_a_dead_node_is_skipped()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Postgres, "twonodes");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var nodes = new List<Node>();
        Node? proxy = null;
        try
        {
            var web = Path.Combine(Root(), "src", "CoSo.Web", "bin", Configuration(), "net10.0", "CoSo.Web.dll");
            foreach (var name in new[] { "A", "B" })
            {
                nodes.Add(Node.Start(name, Path.Combine(Root(), "src", "CoSo.Web"), web, "--COSO_DATABASE=" + cs, "--Outbox:IntervalSeconds=1",
                    "--Outbox:PickupDirectory=" + Directory.CreateTempSubdirectory("coso-pickup-" + name).FullName));
            }

            var a = nodes[0];
            var b = nodes[1];
            proxy = Node.Start("proxy", Path.Combine(Root(), "src", "CoSo.Proxy"), Path.Combine(Root(), "src", "CoSo.Proxy", "bin", Configuration(), "net10.0", "CoSo.Proxy.dll"),
                $"--ReverseProxy:Clusters:coso:Destinations:a:Address={a.Url}/", $"--ReverseProxy:Clusters:coso:Destinations:b:Address={b.Url}/");
            foreach (var n in nodes.Append(proxy))
            {
                await n.WaitUpAsync(n == proxy ? "/proxy-health" : "/health");
            }

            // Sign in on A; the same cookie on B (no sign-in there) and through the proxy.
            using var plain = new HttpClient(new HttpClientHandler { UseCookies = false });
            var login = await plain.PostAsJsonAsync($"{a.Url}/api/v1/auth/login", new { userName = "a1", password = TestOrg.Password });
            Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
            var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("coso.auth=", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, (await Get(plain, b.Url + "/api/v1/queue", cookie)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Get(plain, b.Url + "/api/v1/queue", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await Get(plain, proxy.Url + "/api/v1/queue", cookie)).StatusCode);

            // One holder of the outbox job while both nodes tick every second (lease TTL 3 s).
            var holders = new HashSet<string>();
            for (var i = 0; i < 8; i++)
            {
                var h = await HolderAsync(cs);
                if (h is not null)
                {
                    holders.Add(h);
                }

                await Task.Delay(500);
            }

            var holder = Assert.Single(holders);
            var holding = nodes.Single(n => holder.Contains("/" + n.Pid + "/", StringComparison.Ordinal));
            var other = nodes.Single(n => n != holding);

            // The live queue: a resident received through A; B hears it (and A does not hear its own change back).
            await b.WaitLogAsync("Queue relay: listening");
            await a.WaitLogAsync("Queue relay: listening");
            using var onA = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(a.Url) };
            onA.DefaultRequestHeaders.Add("Cookie", cookie);
            var person = await TestPeople.RegisterAsync(onA, TestPeople.Input(org.VillageA1.Id));
            var arrival = await onA.PostAsJsonAsync("/api/v1/reception/arrivals", new { personId = person.GetProperty("id").GetGuid() }, TestPeople.Json);
            Assert.Equal(HttpStatusCode.Created, arrival.StatusCode);
            await b.WaitLogAsync($"change of station {org.StationA.Id} from another node");
            Assert.DoesNotContain(a.Log, l => l.Contains("from another node", StringComparison.Ordinal));

            // The holder dies: the other node takes the job over once the lease expires, and the proxy serves on.
            holding.Kill();
            var clock = Stopwatch.StartNew();
            string? next = null;
            while (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                next = await HolderAsync(cs);
                if (next is not null && next.Contains("/" + other.Pid + "/", StringComparison.Ordinal))
                {
                    break;
                }

                await Task.Delay(250);
            }

            Assert.Contains("/" + other.Pid + "/", next ?? "", StringComparison.Ordinal);
            output.WriteLine($"outbox lease moved to the surviving node after {clock.Elapsed.TotalSeconds:0.0} s");
            var served = 0;
            var failed = 0;
            clock.Restart();
            while (served < 5 && clock.Elapsed < TimeSpan.FromSeconds(20))
            {
                var r = await Get(plain, proxy.Url + "/api/v1/queue", cookie);
                if (r.StatusCode == HttpStatusCode.OK)
                {
                    served++;
                }
                else
                {
                    failed++;
                    await Task.Delay(200);
                }
            }

            output.WriteLine($"through the proxy after the kill: {served} served, {failed} failed before the node was skipped");
            Assert.Equal(5, served);
            var queue = await (await Get(plain, proxy.Url + "/api/v1/queue", cookie)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(person.GetProperty("id").GetGuid(), queue.GetProperty("arrivals").EnumerateArray().Select(x => x.GetProperty("personId").GetGuid()));
        }
        finally
        {
            foreach (var n in nodes.Append(proxy))
            {
                n?.Kill();
                if (n is not null)
                {
                    output.WriteLine($"--- {n.Name} (last lines)");
                    foreach (var l in n.Log.TakeLast(15))
                    {
                        output.WriteLine(l);
                    }
                }
            }
        }
    }

    private static async Task<string?> HolderAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT holder FROM job_leases WHERE name = 'outbox' AND expires_at > now()", conn);
        return await cmd.ExecuteScalarAsync() as string;
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string url, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return http.SendAsync(request);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoSo.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private sealed class Node
    {
        private readonly Process _process;

        private Node(string name, Process process, string url)
        {
            Name = name;
            _process = process;
            Url = url;
        }

        public string Name { get; }

        public string Url { get; }

        public int Pid => _process.Id;

        public ConcurrentQueue<string> Log { get; } = new();

        public static Node Start(string name, string workingDirectory, string dll, params string[] args)
        {
            var port = FreePort();
            var url = $"http://127.0.0.1:{port}";
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "exec", dll, "--urls", url }.Concat(args))
            {
                start.ArgumentList.Add(a);
            }

            start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
            start.Environment.Remove("COSO_DATABASE");
            var node = new Node(name, Process.Start(start)!, url);
            node._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { node.Log.Enqueue(e.Data); } };
            node._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { node.Log.Enqueue(e.Data); } };
            node._process.BeginOutputReadLine();
            node._process.BeginErrorReadLine();
            return node;
        }

        public async Task WaitUpAsync(string path)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var i = 0; i < 240; i++)
            {
                Assert.False(_process.HasExited, $"{Name} exited: {string.Join('\n', Log.TakeLast(20))}");
                try
                {
                    if ((await http.GetAsync(Url + path)).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"{Name} did not start: {string.Join('\n', Log.TakeLast(20))}");
        }

        public async Task WaitLogAsync(string text)
        {
            for (var i = 0; i < 100; i++)
            {
                if (Log.Any(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException($"{Name} never logged \"{text}\": {string.Join('\n', Log.TakeLast(20))}");
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }

        private static int FreePort()
        {
            using var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            return ((IPEndPoint)l.LocalEndpoint).Port;
        }
    }
}
