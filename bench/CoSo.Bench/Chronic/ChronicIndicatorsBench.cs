using System.Globalization;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Chronic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Chronic;

/// <summary>
/// `chronic --database CS [--stations 100] [--residents 1000000] [--patients 150000] [--visits-per-patient 13] [--recreate] [--log-sql] [--overdue-only]`:
/// in its own database (<see cref="ChronicBenchData"/>), times the monthly HEARTS indicators for every station rolled
/// up to the province (ChronicIndicatorService, the code the page and API call) and the overdue list of one station as
/// that station's staff see it (OverdueService, scoped), over several stations. Baselines in the same run: a bare SQL
/// aggregate of the province's visits (for the indicators) and the bare SQL select of one station's overdue
/// enrolments joined to their residents (for the overdue list).
/// </summary>
public static class ChronicIndicatorsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate") || Tiny(args));

        var actor = new BenchActor();
        var services = new ServiceCollection();
        // --log-sql prints the statements EF sends (to EXPLAIN ANALYZE them by hand).
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", args.Contains("--log-sql") ? LogLevel.Information : LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(actor);
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();

        Guid department;
        List<(Guid Station, AccessScope Scope)> sample;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            department = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.ProvincialHealthDepartment).Select(u => u.Id).FirstAsync();
            var all = await db.OrgUnits.AsNoTracking().ToListAsync();
            // Ten stations spread over the code order, each seen with its own staff's scope (station + villages).
            var ordered = all.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            sample = Enumerable.Range(0, 10).Select(i => ordered[i * ordered.Count / 10])
                .Select(s => (s.Id, AccessScope.FromUnits([s], all))).ToList();
        }

        var today = VietnamClock.Today(TimeProvider.System);
        var indicatorRuns = args.Contains("--overdue-only") ? 0 : 3;
        var baseline = await WarmTimeAsync(indicatorRuns, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await Exec(conn, "SELECT e.person_id, count(*), max(v.visit_date) FROM chronic_enrolments e JOIN encounters v ON v.province_code = e.province_code AND v.person_id = e.person_id GROUP BY e.person_id");
        });
        var report = await WarmTimeAsync(indicatorRuns, async () =>
        {
            actor.Scope = AccessScope.Everything;
            await using var scope = sp.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ChronicIndicatorService>().ReportAsync(ChronicProgramme.Hypertension, new ReportMonth(2026, 10), 1, department);
            if (result.Total.Count == 0)
            {
                throw new InvalidOperationException("no indicator rows");
            }
        });

        var i = 0;
        var bareOverdue = await WarmTimeAsync(3 * sample.Count, async () =>
        {
            var station = sample[i++ % sample.Count].Station;
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "SELECT e.id, e.next_appointment, p.full_name, p.phone, p.village_id FROM chronic_enrolments e JOIN people p ON p.province_code = e.province_code AND p.id = e.person_id WHERE e.org_unit_id = @s AND e.status = 1 AND e.next_appointment < @d", conn);
            cmd.Parameters.AddWithValue("s", station);
            cmd.Parameters.AddWithValue("d", today);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
            }
        });
        var sizes = new List<int>();
        i = 0;
        var overdue = await WarmTimeAsync(3 * sample.Count, async () =>
        {
            var (station, stationScope) = sample[i++ % sample.Count];
            actor.Scope = stationScope;
            await using var scope = sp.CreateAsyncScope();
            sizes.Add((await scope.ServiceProvider.GetRequiredService<OverdueService>().ListAsync(station)).Items.Count);
        });

        Console.WriteLine();
        Console.WriteLine($"Overdue lists timed: {sample.Count} stations × 3 runs, {sizes.Min():N0}–{sizes.Max():N0} patients listed each");
        Console.WriteLine("| measure | median (s) | ratio to its baseline |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| baseline A: bare SQL aggregate of the visits per enrolled patient | {baseline:N2} | 1.0 |");
        Console.WriteLine($"| HEARTS monthly indicators, every station + province roll-up | {report:N2} | {report / baseline:N1} (A) |");
        Console.WriteLine($"| baseline B: bare SQL select of one station's overdue enrolments + residents | {bareOverdue:N4} | 1.0 |");
        Console.WriteLine($"| overdue list of one station (OverdueService, station scope) | {overdue:N4} | {overdue / bareOverdue:N1} (B) |");
        return 0;
    }

    /// <summary>Median of <paramref name="runs"/> timed runs after one warm-up (pool, EF model and query caches); NaN when skipped.</summary>
    private static async Task<double> WarmTimeAsync(int runs, Func<Task> work)
    {
        if (runs > 0)
        {
            await work();
        }

        return await TimeAsync(runs, work);
    }

}
