using System.Diagnostics;
using System.Globalization;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using CoSo.Data.Immunization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Immunization;

/// <summary>
/// `immunization-duelists --database CS [--children 100000] [--stations 100] [--population 1000000]`: creates
/// coso_bench_immunization, migrates, seeds the demo org tree of province 38 with N stations, loads the children
/// (with households, parents and dose histories simulated through the schedule engine) and filler adults by binary
/// COPY, plans one session per station today, then times SessionService.DueListAsync (the code the due-list page and
/// API call) for every station of the province. Baseline in the same run: a bare SQL SELECT of the same children and
/// their doses, station by station.
/// </summary>
public static class DueListBench
{
    private const string Name = "coso_bench_immunization";
    private static string BenchDatabase = Name;

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        BenchDatabase = DatabaseName(args, Name);
        var children = IntArg(args, "--children", 100_000, 200);
        var stationCount = IntArg(args, "--stations", 100, 2);
        var population = IntArg(args, "--population", 1_000_000, 400);
        var runs = IntArg(args, "--runs", 3, 1);
        var reuse = args.Contains("--reuse");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = BenchDatabase, CommandTimeout = 1800 }.ConnectionString;
        var today = VietnamClock.Today(TimeProvider.System);

        if (!reuse)
        {
            await RecreateDatabaseAsync(server);
            Console.WriteLine($"Migrating {BenchDatabase} and seeding the demo org tree ({stationCount} stations)…");
            await using (var sp = CliHost.Build(target, "bench"))
            {
                await using var scope = sp.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Stations = stationCount, PeoplePerStation = 0 });
            }

            var load = Stopwatch.StartNew();
            var loaded = await DueListBenchLoader.LoadAsync(target, children, population, today);
            Console.WriteLine($"Loaded {loaded.Children:N0} children, {loaded.Adults:N0} adults, {loaded.Households:N0} households, {loaded.Doses:N0} doses in {load.Elapsed.TotalSeconds:N0} s");
        }

        var services = new ServiceCollection();
        // --trace: print each SQL command's duration for one station's due list (to see where its time goes).
        var trace = args.Contains("--trace");
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", trace ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Query", trace ? LogLevel.Debug : LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("bench"));
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var provider = services.BuildServiceProvider();

        var sessions = new List<Guid>();
        List<Guid> stations;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            stations = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync();
            var existing = await db.Set<VaccinationSession>().Where(s => s.Date == today).ToDictionaryAsync(s => s.StationId, s => s.Id);
            var svc = scope.ServiceProvider.GetRequiredService<SessionService>();
            foreach (var station in stations)
            {
                sessions.Add(existing.TryGetValue(station, out var id) ? id : (await svc.PlanAsync(new SessionInput(station, today, null, null))).Id);
            }
        }

        // The VACUUM right after loading did not always set the visibility map (index-only scans then still read the
        // heap); a live database is vacuumed by autovacuum long before, so do it again here, outside any transaction.
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await using var vacuum = new NpgsqlCommand("VACUUM immunization_doses", conn) { CommandTimeout = 600 };
            await vacuum.ExecuteNonQueryAsync();
        }

        if (trace)
        {
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                await using var scope = provider.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SessionService>().DueListAsync(sessions[37]);
                Console.WriteLine($"due list of one station: {watch.Elapsed.TotalMilliseconds:N0} ms");
            }

            // The engine alone over the same station's children (read with bare Npgsql), to split in-process time.
            var kids = new Dictionary<Guid, (DateOnly Birth, List<GivenDose> Doses)>();
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand("""
                    SELECT p.id, p.birth_date, d.vaccine, d.dose_number, d.given_on FROM people p
                    LEFT JOIN immunization_doses d ON d.province_code = p.province_code AND d.person_id = p.id
                    JOIN vaccination_sessions s ON s.station_id = p.org_unit_id AND s.id = @session
                    WHERE p.birth_date > @cut
                    """, conn);
                cmd.Parameters.AddWithValue("session", sessions[37]);
                cmd.Parameters.AddWithValue("cut", today.AddYears(-6));
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var id = reader.GetGuid(0);
                    if (!kids.TryGetValue(id, out var child))
                    {
                        child = (reader.GetFieldValue<DateOnly>(1), []);
                        kids[id] = child;
                    }

                    if (!reader.IsDBNull(2))
                    {
                        child.Doses.Add(new GivenDose(reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<DateOnly>(4)));
                    }
                }
            }

            var schedule = ImmunizationSchedule.LoadDefault();
            for (var i = 0; i < 3; i++)
            {
                var engine = Stopwatch.StartNew();
                var due = kids.Values.Count(c => ScheduleEngine.Evaluate(schedule, c.Birth, today, c.Doses, ChildProgrammes.Routine)
                    .Any(e => e.Status is DoseStatus.Due or DoseStatus.Overdue));
                Console.WriteLine($"engine over {kids.Count:N0} kids ({kids.Values.Sum(c => c.Doses.Count):N0} doses): {engine.Elapsed.TotalMilliseconds:N1} ms, {due} due");
            }

            return 0;
        }

        var cutoff = today.AddYears(-6);
        var baselineRows = 0L;
        var baseline = await TimeAsync(runs, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            baselineRows = 0;
            foreach (var station in stations)
            {
                await using var cmd = new NpgsqlCommand("""
                    SELECT p.id, p.full_name, p.birth_date, p.village_id, p.household_id, d.vaccine, d.given_on
                    FROM people p LEFT JOIN immunization_doses d ON d.province_code = p.province_code AND d.person_id = p.id
                    WHERE p.org_unit_id = @s AND p.birth_date > @cut AND NOT p.is_deceased AND NOT p.moved_away AND p.merged_into_id IS NULL
                    """, conn);
                cmd.Parameters.AddWithValue("s", station);
                cmd.Parameters.AddWithValue("cut", cutoff);
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    baselineRows++;
                }
            }
        });

        var listed = 0;
        var perStation = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var production = await TimeAsync(runs, async () =>
        {
            listed = 0;
            perStation.Clear();
            foreach (var session in sessions)
            {
                var watch = Stopwatch.StartNew();
                await using var scope = provider.CreateAsyncScope();
                var list = await scope.ServiceProvider.GetRequiredService<SessionService>().DueListAsync(session);
                listed += list.Villages.Sum(v => v.Children.Count);
                perStation.Add(watch.Elapsed.TotalMilliseconds);
            }
        });
        perStation.Sort();
        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / runs;

        Console.WriteLine();
        Console.WriteLine($"{stations.Count} stations, session date {today:yyyy-MM-dd}; baseline read {baselineRows:N0} child×dose rows; {listed:N0} children on the due lists");
        Console.WriteLine("| measure | median of runs (s) | ratio to baseline |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| baseline: bare SQL SELECT of each station's children and their doses (Npgsql) | {baseline:N2} | 1.0 |");
        Console.WriteLine($"| due lists of every station (SessionService.DueListAsync) | {production:N2} | {production / baseline:N1} |");
        Console.WriteLine($"one station's due list (last run): p50 {perStation[perStation.Count / 2]:N0} ms, max {perStation[^1]:N0} ms");
        Console.WriteLine($"CPU time of this process (EF materialisation, engine, DTOs) per run over every station: {cpuPerRun:N2} s; load average at the end: {LoadAverage()}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task RecreateDatabaseAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {BenchDatabase} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {BenchDatabase}", connection);
        await create.ExecuteNonQueryAsync();
    }
}
