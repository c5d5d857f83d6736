using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.People;

/// <summary>
/// `audit-load [--database PG] [--seconds 60] [--connections 8] [--mix search|mixed] [--compare-seconds 20] [--tiny]`
/// (issue 14, item 2 and its soak test). Two parts:
/// 1. Over HTTP, against CoSo.Web started as the README starts it (its Release build, Production, --demo) on a fresh
///    database — the embedded SQLite file by default (the December probe's setting), or a new PostgreSQL database with
///    --database: `--connections` clients signed in as the demo clinician send `--mix search` (the probe's load: a
///    search rotating 20 terms) or `--mix mixed` (search, resident page, visit write, overdue list, dashboard) for
///    `--seconds`. Prints latency per kind, errors, the server's resident memory every tenth of the run, and what the
///    audit tables grew by: rows, bytes per request and bytes per resident shown.
/// 2. In-process on the same database, the search's server work with and without its audit (PeopleService.SearchAsync,
///    then the endpoint filter's AuditRead + SaveChanges, or not), `--connections` workers, alternating 4 rounds of
///    `--compare-seconds`/4 each: the audit's share of the search p95 as a ratio measured in the same run.
/// </summary>
public static class AuditLoadBench
{
    private const string Password = "CoSo@2026";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = IntArg(args, "--seconds", 60, 4);
        var connections = IntArg(args, "--connections", 8, 2);
        var compareSeconds = IntArg(args, "--compare-seconds", 20, 4);
        var mix = Arg(args, "--mix") ?? "search";
        if (mix is not ("search" or "mixed"))
        {
            throw new ArgumentException("--mix search|mixed");
        }

        var server = Arg(args, "--database");
        string cs;
        string? sqliteFile = null;
        if (server is null)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"coso-audit-load-{Guid.NewGuid():N}.db");
            cs = $"Data Source={sqliteFile}";
        }
        else
        {
            var name = DatabaseName(args, "coso_bench_soak");
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await Exec(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                await Exec(admin, $"CREATE DATABASE {name}");
            }

            cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        var store = sqliteFile is null ? "PostgreSQL" : "SQLite";
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        // PostgreSQL is migrated by `coso db migrate` in production; this fresh bench database by the app itself.
        string[] migrate = sqliteFile is null ? ["--CoSo:MigrateOnStart=true"] : [];
        var app = StartWeb(["--demo", "--urls", baseUrl, $"--COSO_DATABASE={cs}", .. migrate]);
        try
        {
            if (!await WaitUpAsync(baseUrl, app, tries: 600))
            {
                throw new InvalidOperationException(app.HasExited ? $"CoSo.Web exited with {app.ExitCode} before answering" : "CoSo.Web did not answer /health within 300 s");
            }

            var clients = new List<HttpClient>();
            for (var i = 0; i < connections; i++)
            {
                clients.Add(await SignedInAsync(baseUrl));
            }

            var first = clients[0];
            var me = await first.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
            var station = me.GetProperty("units").EnumerateArray().First().GetGuid();
            var listed = await first.GetFromJsonAsync<JsonElement>("/api/v1/people?pageSize=100");
            var residents = listed.GetProperty("items").EnumerateArray()
                .Select(p => (Id: p.GetProperty("id").GetGuid(), Name: p.GetProperty("fullName").GetString()!)).ToList();
            if (residents.Count == 0)
            {
                throw new InvalidOperationException("the demo clinician sees no residents");
            }

            // 20 search terms as a user types them: family and middle name ("Nguyễn Văn"), most common first.
            var terms = residents.Select(r => string.Join(' ', r.Name.Split(' ').Take(2))).GroupBy(t => t)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(20).ToArray();
            var period = DateTime.UtcNow.AddHours(7).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

            var before = await AuditSizeAsync(cs);
            var rss = new List<(double At, long Kb)>();
            var watch = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(seconds);
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                var every = TimeSpan.FromSeconds(Math.Max(1, seconds / 10.0));
                while (!stop.IsCancellationRequested)
                {
                    rss.Add((watch.Elapsed.TotalSeconds, ResidentKb(app.Id)));
                    try
                    {
                        await Task.Delay(every, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            });

            var results = new System.Collections.Concurrent.ConcurrentBag<(string Kind, double Ms, bool Ok, int Shown)>();
            var firstError = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
            var workers = clients.Select((client, w) => Task.Run(async () =>
            {
                var rnd = new Random(1000 + w);
                var n = 0;
                while (watch.Elapsed < deadline)
                {
                    var kind = mix == "search" ? "search" : Pick(rnd.Next(100));
                    var resident = residents[rnd.Next(residents.Count)];
                    var t = Stopwatch.StartNew();
                    HttpResponseMessage response;
                    try
                    {
                        response = kind switch
                        {
                            "search" => await client.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(terms[(w + n) % terms.Length])}&pageSize=20"),
                            "resident page" => await ResidentPageAsync(client, resident.Id),
                            "visit write" => await client.PostAsJsonAsync($"/api/v1/people/{resident.Id}/visits", new { reason = "Khám định kỳ (soak)", systolic = 120 + rnd.Next(40), diastolic = 70 + rnd.Next(20), pulse = 80, diagnoses = new[] { new { code = "I10", isMain = true } } }),
                            "overdue list" => await client.GetAsync("/api/v1/chronic/overdue"),
                            _ => await client.GetAsync($"/api/v1/indicators/dashboard?orgUnitId={station}&period={period}"),
                        };
                    }
                    catch (HttpRequestException)
                    {
                        results.Add((kind, t.Elapsed.TotalMilliseconds, false, 0));
                        continue;
                    }

                    if (!response.IsSuccessStatusCode)
                    {
                        // The first failure of each kind, so a run with errors says what they were.
                        firstError.TryAdd(kind, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }

                    var shown = 0;
                    if (kind == "search" && response.IsSuccessStatusCode)
                    {
                        shown = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength();
                    }
                    else
                    {
                        await response.Content.ReadAsByteArrayAsync();
                    }

                    t.Stop();
                    results.Add((kind, t.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode, shown));
                    response.Dispose();
                    n++;
                }
            })).ToList();
            await Task.WhenAll(workers);
            var elapsed = watch.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await sampler;
            var after = await AuditSizeAsync(cs);

            var all = results.ToList();
            Console.WriteLine($"{store}, {connections} connections, {seconds} s of `{mix}` traffic over HTTP (CoSo.Web Production --demo, {residents.Count}+ residents in the clinician's scope)");
            Console.WriteLine();
            Console.WriteLine("| request | count | errors | p50 (ms) | p95 (ms) | p99 (ms) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var g in all.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ms = g.Select(r => r.Ms).ToList();
                Console.WriteLine($"| {g.Key} | {g.Count():N0} | {g.Count(r => !r.Ok)} | {P(ms, 50):N1} | {P(ms, 95):N1} | {P(ms, 99):N1} |");
            }

            var allMs = all.Select(r => r.Ms).ToList();
            Console.WriteLine($"| all | {all.Count:N0} | {all.Count(r => !r.Ok)} | {P(allMs, 50):N1} | {P(allMs, 95):N1} | {P(allMs, 99):N1} |");
            Console.WriteLine();
            Console.WriteLine($"throughput {all.Count / elapsed:N1} req/s; server resident memory (MiB) at each tenth: "
                + string.Join(" → ", rss.Select(r => (r.Kb / 1024.0).ToString("N0", CultureInfo.InvariantCulture))));
            var rows = after.Reads - before.Reads;
            var entries = after.Entries - before.Entries;
            var shownAudited = after.ResidentsShown - before.ResidentsShown;
            var bytes = after.Bytes - before.Bytes;
            Console.WriteLine($"audit: +{rows:N0} read rows listing {shownAudited:N0} residents shown (responses listed {all.Sum(r => r.Shown):N0} in searches), +{entries:N0} other entries; "
                + $"database +{bytes / 1024.0 / 1024.0:N2} MiB ({(sqliteFile is null ? "audit tables and indexes" : "used pages of the whole file, jobs' writes included")}), "
                + $"read table +{(after.ReadBytes - before.ReadBytes) / 1024.0:N0} KiB = {(all.Count == 0 ? 0 : (after.ReadBytes - before.ReadBytes) / (double)all.Count):N0} bytes per request, "
                + $"{(shownAudited == 0 ? double.NaN : after.ReadBytes - before.ReadBytes) / Math.Max(1, shownAudited):N1} bytes of the read table per resident shown");
            var errors = all.Count(r => !r.Ok);
            foreach (var (kind, error) in firstError)
            {
                Console.WriteLine($"first {kind} error: {(error.Length > 300 ? error[..300] : error)}");
            }


            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();

            await CompareAsync(cs, terms, connections, compareSeconds);
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            app.Dispose();
            if (sqliteFile is not null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var f in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }

    // The mixed load: what a station's staff do all day, in rough proportion.
    private static string Pick(int r) => r switch
    {
        < 40 => "search",
        < 65 => "resident page",
        < 75 => "visit write",
        < 90 => "overdue list",
        _ => "dashboard",
    };

    private static async Task<HttpResponseMessage> ResidentPageAsync(HttpClient client, Guid id)
    {
        // The resident page's API reads: the resident and their visits (the health record is read with the resident).
        var person = await client.GetAsync($"/api/v1/people/{id}");
        if (!person.IsSuccessStatusCode)
        {
            return person;
        }

        await person.Content.ReadAsByteArrayAsync();
        person.Dispose();
        return await client.GetAsync($"/api/v1/people/{id}/visits");
    }

    /// <summary>Part 2: the search's server work with and without its audit write, alternating, same workers.</summary>
    private static async Task CompareAsync(string cs, string[] terms, int workers, int totalSeconds)
    {
        Guid[] units;
        {
            await using var sp = Services(cs, new SystemActor("bench"));
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "bacsi");
            var posted = await db.UserOrgUnits.AsNoTracking().Where(u => u.UserId == user.Id).Select(u => u.OrgUnitId).ToListAsync();
            var paths = await db.OrgUnits.AsNoTracking().Where(u => posted.Contains(u.Id)).Select(u => u.Path).ToListAsync();
            units = (await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync())
                .Where(u => paths.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal))).Select(u => u.Id).ToArray();
        }

        await using var station = Services(cs, new ClinicianActor(new AccessScope(false, units)));
        var with = new List<double>();
        var without = new List<double>();
        var round = TimeSpan.FromSeconds(Math.Max(1, totalSeconds / 4.0));
        for (var r = 0; r < 4; r++)
        {
            var audit = r % 2 == 0;
            var times = await RoundAsync(station, terms, workers, round, audit);
            (audit ? with : without).AddRange(times);
        }

        Console.WriteLine();
        Console.WriteLine($"search server work in-process, {workers} workers, 4 alternating rounds of {round.TotalSeconds:N0} s (PeopleService.SearchAsync, first page of 20, the demo clinician's scope)");
        Console.WriteLine();
        Console.WriteLine("| search | count | p50 (ms) | p95 (ms) | p99 (ms) | p95 / baseline p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: without the audit write | {without.Count:N0} | {P(without, 50):N2} | {P(without, 95):N2} | {P(without, 99):N2} | 1.00 |");
        Console.WriteLine($"| with the audit write (one audit_reads row) | {with.Count:N0} | {P(with, 50):N2} | {P(with, 95):N2} | {P(with, 99):N2} | {P(with, 95) / P(without, 95):N2} |");
    }

    private static async Task<List<double>> RoundAsync(ServiceProvider sp, string[] terms, int workers, TimeSpan length, bool audit)
    {
        var bag = new System.Collections.Concurrent.ConcurrentBag<double>();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var n = 0;
            var warm = 3;
            while (watch.Elapsed < length)
            {
                await using var scope = sp.CreateAsyncScope();
                var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
                var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
                var t = Stopwatch.StartNew();
                var page = await people.SearchAsync(terms[(w + n++) % terms.Length], 1, 20);
                if (audit)
                {
                    // What PersonAuditFilter does after the endpoint answers.
                    foreach (var item in page.Items)
                    {
                        db.AuditRead(Core.Audit.AuditActions.Search, "HTTP: GET /api/v1/people/", null, item.Id, item.ProvinceCode);
                    }

                    await db.SaveChangesAsync();
                }

                t.Stop();
                if (warm-- <= 0)
                {
                    bag.Add(t.Elapsed.TotalMilliseconds);
                }
            }
        })));
        return [.. bag];
    }

    private sealed record AuditSize(long Reads, long ResidentsShown, long Entries, long ReadBytes, long Bytes);

    private static async Task<AuditSize> AuditSizeAsync(string cs)
    {
        if (cs.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            await using var conn = new SqliteConnection(cs);
            await conn.OpenAsync();
            async Task<long> Scalar(string sql)
            {
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = sql;
                return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
            }

            // This SQLite build has no dbstat table, and the file's used pages also grow with the jobs' writes: the read
            // table's bytes are its rows' stored values plus each index's copy of its key columns and the row id
            // (SQLite's record headers, a few bytes a row, are left out).
            var columns = new List<string>();
            await using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "SELECT name FROM pragma_table_info('audit_reads')";
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            var indexed = new List<string>();
            await using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = "SELECT ii.name FROM pragma_index_list('audit_reads') il JOIN pragma_index_info(il.name) ii";
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    indexed.Add(reader.GetString(0));
                }
            }

            static string Len(string c) => $"coalesce(length(\"{c}\"), 0)";
            var rowBytes = string.Join(" + ", columns.Select(Len)) + (indexed.Count == 0 ? string.Empty : " + " + string.Join(" + ", indexed.Select(Len)) + $" + {8 * indexed.Count}");
            var readBytes = await Scalar($"SELECT coalesce(sum({rowBytes}), 0) FROM audit_reads");
            var used = await Scalar("SELECT (SELECT page_count FROM pragma_page_count()) - (SELECT freelist_count FROM pragma_freelist_count())")
                * await Scalar("SELECT page_size FROM pragma_page_size()");
            return new AuditSize(
                await Scalar("SELECT count(*) FROM audit_reads"),
                await Scalar("SELECT coalesce(sum(length(person_ids)), 0) / 16 FROM audit_reads"),
                await Scalar("SELECT count(*) FROM audit_entries"),
                readBytes,
                used);
        }

        await using var pg = new NpgsqlConnection(cs);
        await pg.OpenAsync();
        await using var c = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM audit_reads), (SELECT coalesce(sum(cardinality(person_ids)), 0) FROM audit_reads), (SELECT count(*) FROM audit_entries), "
            + "pg_total_relation_size('audit_reads'), pg_total_relation_size('audit_reads') + pg_total_relation_size('audit_entries')", pg);
        await using var r = await c.ExecuteReaderAsync();
        await r.ReadAsync();
        return new AuditSize(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    private static long ResidentKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static async Task<HttpClient> SignedInAsync(string baseUrl)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "bacsi", password = Password });
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"sign-in as bacsi answered {(int)login.StatusCode}");
        }

        return client;
    }

    private static ServiceProvider Services(string cs, ICurrentActor actor)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(actor);
        services.AddCoSoData(DatabaseSettings.Parse(cs));
        return services.BuildServiceProvider();
    }

    private sealed class ClinicianActor(AccessScope scope) : ICurrentActor
    {
        public Guid? UserId => null;

        public string UserName => "bench:bacsi";

        public string? RemoteAddress => null;

        public AccessScope Scope => scope;

        public Role? Role => Core.Identity.Role.StationClinician;
    }
}
