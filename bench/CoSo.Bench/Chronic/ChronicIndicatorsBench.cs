using System.Diagnostics;
using System.Globalization;
using CoSo.Core.Chronic;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Chronic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoSo.Bench.Chronic;

/// <summary>
/// `chronic --database CS [--patients 150000] [--visits-per-patient 13]`: over the 1,000,000-resident database left by
/// the `import` benchmark, enrols N residents in the hypertension programme and gives them visits (set-based SQL, once),
/// then times the monthly HEARTS indicators for every station rolled up to the province (ChronicIndicatorService, the
/// code the page and API call) and one station's overdue list. Baseline in the same run: a bare SQL aggregate over the
/// same visits (count and max date per patient).
/// </summary>
public static class ChronicIndicatorsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        var patients = int.Parse(Arg(args, "--patients") ?? "150000", CultureInfo.InvariantCulture);
        var perPatient = int.Parse(Arg(args, "--visits-per-patient") ?? "13", CultureInfo.InvariantCulture);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = "coso_bench_import", CommandTimeout = 1800 }.ConnectionString;

        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM chronic_enrolments", conn);
            if ((long)(await count.ExecuteScalarAsync())! < patients)
            {
                var watch = Stopwatch.StartNew();
                await Exec(conn, $"""
                    INSERT INTO chronic_enrolments (id, province_code, org_unit_id, person_id, programme, status, registered_on,
                        baseline_systolic, baseline_diastolic, protocol_code, protocol_step, next_appointment, call_attempts, created_at, version)
                    SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, 1, 1, date '2024-01-01' + (random() * 900)::int,
                        150, 95, 'HTN', 1, date '2026-10-01' + (random() * 90)::int, 0, now(), 1
                    FROM people p WHERE p.birth_year <= 1986 ORDER BY md5(p.id::text) LIMIT {patients}
                    """);
                await Exec(conn, $"""
                    INSERT INTO encounters (id, province_code, org_unit_id, facility_id, person_id, occurred_at, visit_date,
                        systolic, diastolic, disposition, bhyt_covered, created_at, version)
                    SELECT gen_random_uuid(), e.province_code, e.org_unit_id, e.org_unit_id, e.person_id, x.ts, (x.ts AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                        110 + (random() * 70)::int, 65 + (random() * 35)::int, 2, true, now(), 1
                    FROM chronic_enrolments e CROSS JOIN generate_series(1, {perPatient}) g
                    CROSS JOIN LATERAL (SELECT timestamptz '2025-05-01' + (random() * 560 + g * 0) * interval '1 day' AS ts) x
                    """);
                await Exec(conn, "ANALYZE people; ANALYZE encounters; ANALYZE chronic_enrolments;");
                Console.WriteLine($"Generated {patients:N0} enrolments and {patients * perPatient:N0} visits in {watch.Elapsed.TotalSeconds:N0} s");
            }
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("bench"));
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();

        Guid department;
        Guid firstStation;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            department = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.ProvincialHealthDepartment).Select(u => u.Id).FirstAsync();
            firstStation = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
        }

        var baseline = await TimeAsync(3, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await Exec(conn, "SELECT e.person_id, count(*), max(v.visit_date) FROM chronic_enrolments e JOIN encounters v ON v.province_code = e.province_code AND v.person_id = e.person_id GROUP BY e.person_id");
        });
        var report = await TimeAsync(3, async () =>
        {
            await using var scope = sp.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ChronicIndicatorService>().ReportAsync(ChronicProgramme.Hypertension, new ReportMonth(2026, 10), 1, department);
            if (result.Total.Count == 0)
            {
                throw new InvalidOperationException("no indicator rows");
            }
        });
        var overdue = await TimeAsync(10, async () =>
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OverdueService>().ListAsync(firstStation);
        });

        Console.WriteLine();
        Console.WriteLine("| measure | median (s) | ratio to baseline |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| baseline: bare SQL aggregate of the visits per enrolled patient | {baseline:N2} | 1.0 |");
        Console.WriteLine($"| HEARTS monthly indicators, every station + province roll-up | {report:N2} | {report / baseline:N1} |");
        Console.WriteLine($"| overdue list of one station | {overdue:N3} | {overdue / baseline:N2} |");
        return 0;
    }

    private static async Task<double> TimeAsync(int runs, Func<Task> work)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task Exec(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
