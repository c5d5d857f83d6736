using System.Diagnostics;
using System.Globalization;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.People;

/// <summary>
/// `search --database CS [--queries N]`: latency of resident search (PeopleService.SearchAsync, in-process, the same
/// code the API and UI call) by folded-name prefix, CCCD and BHYT number, over the database left by the `import`
/// benchmark (1,000,000 residents). Baseline in the same run: the bare indexed SQL look-up by CCCD through Npgsql.
/// </summary>
public static class SearchBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        var queries = IntArg(args, "--queries", 300, 20);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = Arg(args, "--db-name") ?? DatabaseName(args, "coso_bench_import") }.ConnectionString;

        await using var sp = Services(target, new SystemActor("bench"));

        List<(string Name, string? Cccd, string? Bhyt)> sample;
        int total;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            total = await db.People.CountAsync();
            var rnd = new Random(42);
            var ids = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.NameKey, p.Cccd, p.BhytNumber })
                .Skip(rnd.Next(0, Math.Max(1, total - queries))).Take(queries).ToListAsync();
            sample = ids.Select(x => (x.NameKey, x.Cccd, x.BhytNumber)).ToList();
        }

        Console.WriteLine($"{total:N0} residents; {sample.Count} queries of each kind");

        // Prefix typed so far: family + middle name + first letter of the given name ("nguyen van a").
        string Prefix(string key)
        {
            var words = key.Split(' ');
            return words.Length >= 3 ? $"{words[0]} {words[1]} {words[2][0]}" : key;
        }

        var kinds = new (string Kind, Func<(string Name, string? Cccd, string? Bhyt), string?> Text)[]
        {
            ("name prefix", s => Prefix(s.Name)),
            ("CCCD", s => s.Cccd),
            ("BHYT card", s => s.Bhyt),
        };

        // A station clinician: the same searches under the scope filter, for residents of the first station.
        ScopedActor station;
        List<(string Name, string? Cccd, string? Bhyt)> stationSample;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var first = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == Core.Organisation.OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code).FirstAsync();
            var units = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(first.Path)).Select(u => u.Id).ToListAsync();
            station = new ScopedActor(new AccessScope(false, units));
            stationSample = (await db.People.AsNoTracking().Where(p => p.OrgUnitId == first.Id).OrderBy(p => p.Id).Select(p => new { p.NameKey, p.Cccd, p.BhytNumber }).Take(queries).ToListAsync())
                .Select(x => (x.NameKey, x.Cccd, x.BhytNumber)).ToList();
        }

        await using var stationSp = Services(target, station);

        var baseline = await BaselineAsync(target, sample.Where(s => s.Cccd != null).Select(s => s.Cccd!).ToList());
        Console.WriteLine();
        Console.WriteLine("| search | p50 (ms) | p95 (ms) | p99 (ms) | p95 / baseline p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: bare SQL by CCCD (Npgsql) | {P(baseline, 50):N2} | {P(baseline, 95):N2} | {P(baseline, 99):N2} | 1.0 |");
        foreach (var (actor, provider, actorSample) in new[] { ("national scope", sp, sample), ("station scope", stationSp, stationSample) })
        {
        foreach (var (kind, text) in kinds)
        {
            var times = new List<double>();
            foreach (var s in actorSample)
            {
                var q = text(s);
                if (q is null)
                {
                    continue;
                }

                await using var scope = provider.CreateAsyncScope();
                var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
                var watch = Stopwatch.StartNew();
                var page = await people.SearchAsync(q, 1, 20);
                watch.Stop();
                if (page.Items.Count == 0)
                {
                    throw new InvalidOperationException($"{kind} query found nothing");
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times = times.Skip(10).ToList(); // warm-up (JIT, EF query cache, connection pool)
            Console.WriteLine($"| {kind}, {actor} | {P(times, 50):N2} | {P(times, 95):N2} | {P(times, 99):N2} | {P(times, 95) / P(baseline, 95):N1} |");
        }
        }

        // The resident page's server work (ResidentPage.LoadAsync): the resident, the health record, the visit
        // timeline and the audit entry, each page in its own scope as in the UI.
        var pageTimes = new List<double>();
        List<Guid> residents;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            residents = await db.Encounters.AsNoTracking().OrderBy(e => e.Id).Select(e => e.PersonId).Distinct().Take(queries).ToListAsync();
            if (residents.Count < queries)
            {
                residents.AddRange(await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).Take(queries - residents.Count).ToListAsync());
            }
        }

        foreach (var id in residents)
        {
            await using var scope = sp.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().GetAsync(id);
            await scope.ServiceProvider.GetRequiredService<Data.Records.HealthRecordService>().GetAsync(id);
            await scope.ServiceProvider.GetRequiredService<Data.Encounters.VisitService>().ListAsync(id);
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            db.AuditRead(Core.Audit.AuditActions.Read, "ui:resident", null, id, person.ProvinceCode);
            await db.SaveChangesAsync();
            watch.Stop();
            pageTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        pageTimes = pageTimes.Skip(10).ToList();
        Console.WriteLine($"| resident page data (person + record + visits + audit write) | {P(pageTimes, 50):N2} | {P(pageTimes, 95):N2} | {P(pageTimes, 99):N2} | {P(pageTimes, 95) / P(baseline, 95):N1} |");
        return 0;
    }

    private static ServiceProvider Services(string target, ICurrentActor actor)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(actor);
        services.AddCoSoData(DatabaseSettings.Parse(target));
        return services.BuildServiceProvider();
    }

    private sealed class ScopedActor(AccessScope scope) : ICurrentActor
    {
        public Guid? UserId => null;

        public string UserName => "bench:station";

        public string? RemoteAddress => null;

        public AccessScope Scope => scope;
    }

    private static async Task<List<double>> BaselineAsync(string cs, List<string> cccds)
    {
        var times = new List<double>();
        await using var data = NpgsqlDataSource.Create(cs);
        foreach (var c in cccds)
        {
            await using var conn = await data.OpenConnectionAsync();
            var watch = Stopwatch.StartNew();
            await using var cmd = new NpgsqlCommand("SELECT id, full_name FROM people WHERE cccd = $1 LIMIT 21", conn) { Parameters = { new() { Value = c } } };
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }

            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Skip(10).ToList();
    }
}
