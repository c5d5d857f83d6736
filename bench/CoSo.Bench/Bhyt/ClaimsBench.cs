using System.Diagnostics;
using System.Globalization;
using CoSo.Bench.Chronic;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Bhyt;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Bhyt;

/// <summary>
/// `bhyt-claims --database CS [--stations 100] [--visits 300000] [--check-visits 1500]` (issue 15): a month's claims for a
/// province. One covered visit is recorded through VisitService at the first station (a diagnosis, a drug dispensed
/// from a lot, a glucose test), so it is a clean claim; it is then cloned with SQL — residents, visits, diagnoses,
/// prescription lines and stock movements — to the requested number of visits spread over the stations and the days of
/// November 2026. Timed: (1) `ClaimExporter` with --batch (refresh = build + check + XML of every claim, then one file per
/// station), against a bare SELECT of the same rows the reader reads, in the same run; the process's peak working set
/// before and after the export; (2) `coso bhyt check` as a process on a file of <c>--check-visits</c> visits.
/// </summary>
public static class ClaimsBench
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        var stations = IntArg(args, "--stations", 100, 4);
        var visits = IntArg(args, "--visits", 300_000, 200);
        var checkVisits = IntArg(args, "--check-visits", 1_500, 30);
        var database = DatabaseName(args, "coso_bench_bhyt");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 1800 }.ConnectionString;
        var gatewayDir = Directory.CreateTempSubdirectory("coso-bench-bhyt-gw").FullName;
        var outDir = Directory.CreateTempSubdirectory("coso-bench-bhyt-out").FullName;
        try
        {
            await GenerateAsync(server, target, database, stations, visits, gatewayDir);
            return await MeasureAsync(target, gatewayDir, outDir, visits, checkVisits);
        }
        finally
        {
            Directory.Delete(gatewayDir, true);
            Directory.Delete(outDir, true);
        }
    }

    private static ServiceProvider Services(string target, string gatewayDir)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("system:bench"));
        services.AddSingleton(new BhytOptions(gatewayDir, null, null));
        services.AddCoSoData(DatabaseSettings.Parse(target));
        return services.BuildServiceProvider();
    }

    private static async Task GenerateAsync(string server, string target, string database, int stations, int visits, string gatewayDir)
    {
        var watch = Stopwatch.StartNew();
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await Exec(conn, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            await Exec(conn, $"CREATE DATABASE {database}");
        }

        NpgsqlConnection.ClearAllPools();
        await using (var cli = CliHost.Build(target))
        {
            await using var scope = cli.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Stations = stations, PeoplePerStation = 0 });
        }

        // The template: a clean covered visit recorded as the desk records it.
        Guid templateVisit;
        await using (var sp = Services(target, gatewayDir))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var first = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && u.BhytFacilityCode != null).OrderBy(u => u.Code).FirstAsync();
            var person = new Person
            {
                Id = Guid.CreateVersion7(), ProvinceCode = first.ProvinceCode, OrgUnitId = first.Id, FullName = "Nguyễn Văn Mẫu", NameKey = TextFolding.Fold("Nguyễn Văn Mẫu"),
                BirthDate = new DateOnly(1970, 1, 2), BirthYear = 1970, Sex = Sex.Male, EthnicityCode = "01", AddressLine = "Thôn Đông", CommuneCode = first.AdminUnitCode,
                BhytNumber = "HT3383800000001", BhytValidFrom = new DateOnly(2026, 1, 1), BhytValidTo = new DateOnly(2026, 12, 31), BhytFacilityCode = first.BhytFacilityCode,
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<StockService>().ReceiveAsync(new ReceiveInput("PARA500", "BENCHL1", new DateOnly(2028, 1, 1), 100, 250.5m) { StationId = first.Id });
            await scope.ServiceProvider.GetRequiredService<StockService>().ReceiveAsync(new ReceiveInput("AMOX500", "BENCHL2", new DateOnly(2028, 1, 1), 100, 1_180m) { StationId = first.Id });
            var v = await scope.ServiceProvider.GetRequiredService<VisitService>().RecordAsync(person.Id, new VisitInput
            {
                OccurredAt = new DateTimeOffset(2026, 11, 10, 2, 30, 0, TimeSpan.Zero), WeightKg = 60, CapillaryGlucoseMmol = 6.4m, Reason = "Sốt, ho",
                FacilityId = first.Id, Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions =
                [
                    new PrescriptionInput("Paracetamol", "500 mg", null, 10, 5) { DrugCode = "PARA500", DosePerTake = 1, TimesPerDay = 2, Dispense = true },
                    new PrescriptionInput("Amoxicillin", "500 mg", null, 10, 5) { DrugCode = "AMOX500", DosePerTake = 1, TimesPerDay = 2, Dispense = true },
                ],
            });
            templateVisit = v.Id;
        }

        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            // One row per clone: its visit, resident, station (round robin) and day of November; line ids derived per template line.
            await Exec(conn, $"""
                CREATE TABLE bench_clone AS
                SELECT g, gen_random_uuid() AS visit_id, gen_random_uuid() AS person_id, s.id AS station_id, s.bhyt_facility_code AS facility, s.admin_unit_code AS commune,
                       (timestamptz '2026-11-01 01:00+00' + ((g / {stations}) % 30) * interval '1 day' + (g % 480) * interval '1 minute') AS at
                FROM generate_series(1, {visits - 1}) g
                JOIN (SELECT id, bhyt_facility_code, admin_unit_code, row_number() OVER (ORDER BY code) - 1 AS sn FROM org_units
                      WHERE kind = {(int)OrgUnitKind.CommuneHealthStation} AND bhyt_facility_code IS NOT NULL) s ON s.sn = g % {stations}
                """);
            var t = $"'{templateVisit}'::uuid";
            await Clone(conn, "people", "SELECT person_id FROM encounters WHERE id = " + t, new()
            {
                ["id"] = "c.person_id", ["org_unit_id"] = "c.station_id", ["village_id"] = "NULL", ["household_id"] = "NULL", ["commune_code"] = "c.commune",
                ["full_name"] = "'Người dân ' || c.g", ["name_key"] = "'nguoi dan ' || c.g", ["bhyt_number"] = "'HT338' || lpad(c.g::text, 10, '0')",
                ["bhyt_facility_code"] = "c.facility", ["cccd"] = "NULL",
            });
            await Clone(conn, "encounters", t, new()
            {
                ["id"] = "c.visit_id", ["person_id"] = "c.person_id", ["org_unit_id"] = "c.station_id", ["facility_id"] = "c.station_id", ["occurred_at"] = "c.at",
                ["visit_date"] = "(c.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date", ["arrival_id"] = "NULL", ["staff_user_id"] = "NULL",
            }, key: "id");
            await Clone(conn, "encounter_diagnoses", t, new() { ["id"] = "gen_random_uuid()", ["encounter_id"] = "c.visit_id" }, key: "encounter_id");
            await Clone(conn, "prescription_lines", t, new() { ["id"] = "md5(c.visit_id::text || x.id::text)::uuid", ["encounter_id"] = "c.visit_id" }, key: "encounter_id");
            await Clone(conn, "stock_movements", t, new()
            {
                ["id"] = "gen_random_uuid()", ["encounter_id"] = "c.visit_id", ["prescription_line_id"] = "md5(c.visit_id::text || x.prescription_line_id::text)::uuid",
                ["station_id"] = "c.station_id", ["occurred_at"] = "c.at", ["on_date"] = "(c.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date",
            }, key: "encounter_id");
            await Exec(conn, "DROP TABLE bench_clone");
            await Exec(conn, "ANALYZE");
        }

        Console.WriteLine($"Generated {stations} stations, {visits:N0} covered visits in November 2026 (2 drugs from lots, a glucose test each) in {watch.Elapsed.TotalSeconds:N0} s");
    }

    /// <summary>INSERT … SELECT of the template's rows of <paramref name="table"/> once per clone, with the columns replaced.</summary>
    private static async Task Clone(NpgsqlConnection conn, string table, string template, Dictionary<string, string> replace, string key = "id")
    {
        var columns = new List<string>();
        await using (var cmd = new NpgsqlCommand($"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY ordinal_position", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                columns.Add(r.GetString(0));
            }
        }

        var select = string.Join(", ", columns.Select(c => replace.TryGetValue(c, out var e) ? e : "x." + c));
        var where = key == "id" && template.StartsWith("SELECT", StringComparison.Ordinal) ? $"x.id IN ({template})" : $"x.{key} = {template}";
        await Exec(conn, $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {select} FROM {table} x CROSS JOIN bench_clone c WHERE {where}");
    }

    private static async Task<int> MeasureAsync(string target, string gatewayDir, string outDir, int visits, int checkVisits)
    {
        // Baseline: the rows the claim reader reads, by bare SQL, read to the end.
        var bare = await TimeAsync(1, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            foreach (var sql in new[]
            {
                $"SELECT e.*, p.* FROM encounters e JOIN people p ON p.id = e.person_id WHERE e.visit_date BETWEEN '{From:yyyy-MM-dd}' AND '{To:yyyy-MM-dd}' AND NOT e.voided",
                $"SELECT d.* FROM encounter_diagnoses d JOIN encounters e ON e.id = d.encounter_id WHERE e.visit_date BETWEEN '{From:yyyy-MM-dd}' AND '{To:yyyy-MM-dd}'",
                $"SELECT l.* FROM prescription_lines l JOIN encounters e ON e.id = l.encounter_id WHERE e.visit_date BETWEEN '{From:yyyy-MM-dd}' AND '{To:yyyy-MM-dd}'",
                $"SELECT m.* FROM stock_movements m JOIN encounters e ON e.id = m.encounter_id WHERE e.visit_date BETWEEN '{From:yyyy-MM-dd}' AND '{To:yyyy-MM-dd}'",
            })
            {
                await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
                await using var r = await cmd.ExecuteReaderAsync();
                var values = new object[r.FieldCount];
                while (await r.ReadAsync())
                {
                    r.GetValues(values);
                }
            }
        });

        // The export as users run it: `coso bhyt export --batch`, a process of its own whose peak resident memory (VmHWM)
        // is read from /proc while it runs.
        var cli = Path.Combine(Root(), "src", "CoSo.Cli", "bin", "Release", "net10.0", "coso.dll");
        var (export, exportOut, peak) = await RunCliAsync(cli, gatewayDir, "bhyt", "export", "--from", $"{From:yyyy-MM-dd}", "--to", $"{To:yyyy-MM-dd}", "--out", outDir, "--batch", "--database", target);
        var exported = exportOut.Split('\n').FirstOrDefault(l => l.Contains("exported", StringComparison.Ordinal)) ?? exportOut;
        var held = exportOut.Split('\n').Count(l => l.StartsWith("Giữ lại", StringComparison.Ordinal));
        var files = Directory.GetFiles(outDir, "*.xml");
        var exportedAll = exportOut.Contains($"exported {visits} visits", StringComparison.Ordinal);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coso bhyt export --batch of {visits:N0} visits: {export:N1} s ({visits / export:N0} visits/s), {exported.Trim()}, {held} held; bare SELECT of the same rows {bare:N2} s; ratio {export / bare:N1}×; peak resident memory {peak / 1024.0:N0} MiB"));
        if (held > 0 || files.Length == 0 || !exportedAll)
        {
            Console.Error.WriteLine(exportOut);
            return 1;
        }

        // Again, as at the month's end when the claims were made as the visits happened (the visit page makes its
        // claim): every claim is current, so the export only checks versions and streams the stored files.
        var again = Path.Combine(outDir, "again");
        var (warm, warmOut, warmPeak) = await RunCliAsync(cli, gatewayDir, "bhyt", "export", "--from", $"{From:yyyy-MM-dd}", "--to", $"{To:yyyy-MM-dd}", "--out", again, "--batch", "--database", target);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"again, every claim already made: {warm:N1} s ({visits / warm:N0} visits/s), ratio {warm / bare:N1}× the bare SELECT; peak resident memory {warmPeak / 1024.0:N0} MiB; {(warmOut.Contains($"exported {visits} visits", StringComparison.Ordinal) ? "same count" : "COUNT DIFFERS")}"));

        // A file of --check-visits visits: the first station's batch cut to that many HOSO (the check reads any file).
        var file = files.Order(StringComparer.Ordinal).First();
        var cut = Path.Combine(outDir, "check.xml");
        checkVisits = CutTo(file, cut, checkVisits);
        string output = string.Empty;
        var check = await TimeAsync(3, async () => output = (await RunCliAsync(cli, gatewayDir, "bhyt", "check", cut)).Output);
        var summary = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coso bhyt check of a {checkVisits:N0}-visit file ({new FileInfo(cut).Length / 1048576.0:N1} MiB): {check:N2} s (median of 3, process start included): {summary}"));
        return summary.Contains(string.Create(CultureInfo.InvariantCulture, $"{checkVisits} HOSO: 0 violations"), StringComparison.Ordinal) ? 0 : 1;
    }

    /// <summary>Runs the CLI; returns its wall time, its standard output and its peak resident set (kB, VmHWM, polled every 50 ms).</summary>
    private static async Task<(double Seconds, string Output, long PeakKb)> RunCliAsync(string cli, string gatewayDir, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["COSO_BHYT_GATEWAY_DIR"] = gatewayDir;
        var watch = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.HasExited)
        {
            try
            {
                var line = File.ReadLines($"/proc/{p.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                if (line is not null)
                {
                    peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                // The process ended between the check and the read.
            }

            await Task.Delay(50);
        }

        await p.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        if (p.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"coso {string.Join(' ', args.Take(2))} exited {p.ExitCode}: {await stderr}");
        }

        return (seconds, await stdout, peak);
    }

    /// <summary>Writes the batch file's envelope with only its first <paramref name="count"/> HOSO.</summary>
    private static int CutTo(string source, string destination, int count)
    {
        var doc = System.Xml.Linq.XDocument.Load(source);
        var hosos = doc.Descendants().Where(e => e.Name.LocalName == "HOSO").ToList();
        foreach (var extra in hosos.Skip(count))
        {
            extra.Remove();
        }

        foreach (var n in doc.Descendants().Where(e => e.Name.LocalName == "SOLUONGHOSO"))
        {
            n.Value = Math.Min(count, hosos.Count).ToString(CultureInfo.InvariantCulture);
        }

        doc.Save(destination);
        return Math.Min(count, hosos.Count);
    }
}
