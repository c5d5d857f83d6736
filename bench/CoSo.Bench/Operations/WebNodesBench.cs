using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using CoSo.Bench.Chronic;
using CoSo.Data.Demo;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Operations;

/// <summary>
/// `web-nodes --database CS [--seconds 20] [--clients 16]` (issue 20): read throughput with one and with two CoSo.Web
/// nodes, measured in the same run, on the chronic driver's 1,000,000-resident province on PostgreSQL. Two nodes and
/// CoSo.Proxy (YARP, round robin; API clients that keep no affinity cookie are spread) are started from their build
/// outputs; the clients sign in once (the cookie is valid on both nodes: one key ring) and repeat a resident search
/// (`GET /api/v1/people?q=…`, scoped and audited) for the given time: first straight at node A alone (the baseline),
/// then through the proxy to both. Each process's CPU use (from /proc) is reported with each phase: on a 2-core machine
/// the nodes, the proxy, PostgreSQL and the clients share the same two cores, which bounds the ratio.
/// </summary>
public static class WebNodesBench
{
    private static readonly string[] Queries = ["nguyen van", "tran thi", "le thi", "pham van", "hoang", "vu thi", "dang", "bui van"];

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800, MaxPoolSize = 40 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate"));
        var seconds = IntArg(args, "--seconds", 20, 3);
        var clients = IntArg(args, "--clients", 16, 4);

        var (portA, portB, portP) = (FreePort(), FreePort(), FreePort());
        using var a = StartWeb(["--urls", $"http://127.0.0.1:{portA}", $"--COSO_DATABASE={target}"]);
        using var b = StartWeb(["--urls", $"http://127.0.0.1:{portB}", $"--COSO_DATABASE={target}"]);
        using var proxy = StartBuildOutput("CoSo.Proxy", ["--urls", $"http://127.0.0.1:{portP}", $"--ReverseProxy:Clusters:coso:Destinations:a:Address=http://127.0.0.1:{portA}/",
            $"--ReverseProxy:Clusters:coso:Destinations:b:Address=http://127.0.0.1:{portB}/", "--Logging:LogLevel:Default=Warning"]);
        try
        {
            using var http = new HttpClient();
            await WaitUpAsync($"http://127.0.0.1:{portA}", a);
            await WaitUpAsync($"http://127.0.0.1:{portB}", b);

            for (var i = 0; i < 100 && !(await TryAsync(() => http.GetAsync($"http://127.0.0.1:{portP}/proxy-health"))); i++)
            {
                await Task.Delay(200);
            }

            using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, MaxConnectionsPerServer = clients * 2 });
            var login = await plain.PostAsJsonAsync($"http://127.0.0.1:{portA}/api/v1/auth/login", new { userName = "bacsi", password = DemoOptions.DemoPassword });
            if (!login.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"sign-in answered {(int)login.StatusCode}");
            }

            var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("coso.auth=", StringComparison.Ordinal));
            // Warm both nodes (JIT, pools, plans) before measuring.
            await LoadAsync(plain, $"http://127.0.0.1:{portA}", cookie, clients, 2);
            await LoadAsync(plain, $"http://127.0.0.1:{portB}", cookie, clients, 2);

            var procs = new (string Name, Process P)[] { ("node A", a), ("node B", b), ("proxy", proxy) };
            var one = await PhaseAsync(plain, $"http://127.0.0.1:{portA}", cookie, clients, seconds, procs);
            var two = await PhaseAsync(plain, $"http://127.0.0.1:{portP}", cookie, clients, seconds, procs);

            Console.WriteLine($"web-nodes: {clients} clients, {seconds} s per phase, resident search on {residents:N0} residents, {Environment.ProcessorCount} cores");
            Console.WriteLine("| phase | requests/s | p95 (ms) | errors | CPU node A | CPU node B | CPU proxy | CPU whole machine | ratio |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (name, r) in new[] { ("one node (straight to A): baseline", one), ("two nodes behind CoSo.Proxy", two) })
            {
                Console.WriteLine($"| {name} | {r.Rate:N0} | {r.P95:N0} | {r.Errors} | {r.Cpu[0]:P0} | {r.Cpu[1]:P0} | {r.Cpu[2]:P0} | {r.Machine:P0} of {Environment.ProcessorCount} cores | {r.Rate / one.Rate:N2} |");
            }

            return one.Rate > 0 && two.Rate > 0 ? 0 : 1;
        }
        finally
        {
            foreach (var p in new[] { a, b, proxy })
            {
                try
                {
                    p.Kill(entireProcessTree: true);
                    await p.WaitForExitAsync();
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }

    private sealed record Result(double Rate, double P95, int Errors, double[] Cpu, double Machine);

    private static async Task<Result> PhaseAsync(HttpClient plain, string baseUrl, string cookie, int clients, int seconds, (string Name, Process P)[] procs)
    {
        var before = procs.Select(p => CpuTicks(p.P.Id)).ToArray();
        var machineBefore = MachineTicks();
        var watch = Stopwatch.StartNew();
        var (latencies, errors) = await LoadAsync(plain, baseUrl, cookie, clients, seconds);
        var wall = watch.Elapsed.TotalSeconds;
        var after = procs.Select(p => CpuTicks(p.P.Id)).ToArray();
        var machineAfter = MachineTicks();
        const double hz = 100; // USER_HZ
        var cpu = before.Zip(after, (x, y) => (y - x) / hz / wall).ToArray();
        var machine = (machineAfter.Busy - machineBefore.Busy) / (double)Math.Max(1, machineAfter.Total - machineBefore.Total) * Environment.ProcessorCount;
        return new Result(latencies.Count / wall, P(latencies, 95), errors, cpu, machine / Environment.ProcessorCount);
    }

    private static async Task<(List<double> Latencies, int Errors)> LoadAsync(HttpClient plain, string baseUrl, string cookie, int clients, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var latencies = new List<double>();
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var i = c;
            while (DateTime.UtcNow < until)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"{baseUrl}/api/v1/people?q={Uri.EscapeDataString(Queries[i++ % Queries.Length])}&pageSize=20");
                request.Headers.Add("Cookie", cookie);
                var t = Stopwatch.StartNew();
                try
                {
                    using var response = await plain.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    lock (latencies)
                    {
                        if (response.IsSuccessStatusCode)
                        {
                            latencies.Add(t.Elapsed.TotalMilliseconds);
                        }
                        else
                        {
                            errors++;
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return (latencies, errors);
    }

    private static async Task<bool> TryAsync(Func<Task<HttpResponseMessage>> call)
    {
        try
        {
            return (await call()).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>utime + stime of a process and its threads (/proc/PID/stat fields 14 and 15), in clock ticks.</summary>
    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static (long Busy, long Total) MachineTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = cpu[3] + cpu[4];
        var total = cpu.Take(8).Sum();
        return (total - idle, total);
    }
}
