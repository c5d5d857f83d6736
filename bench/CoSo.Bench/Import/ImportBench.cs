using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoSo.Cli.Infrastructure;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Import;

/// <summary>
/// `import --rows N --database CS`: times a raw text COPY of a generated people file into a bare table against
/// `coso import people` (run as a child process, so its peak memory is its own) into a migrated demo database.
/// </summary>
public static class ImportBench
{
    private const string Name = "coso_bench_import";
    private static string BenchDatabase = Name;

    /// <summary>Rows of a --tiny run (its file is what `import-client --tiny` reads).</summary>
    public const int TinyRows = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        BenchDatabase = DatabaseName(args, Name);
        var rows = IntArg(args, "--rows", 1_000_000, TinyRows);
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = BenchDatabase }.ConnectionString;
        await RecreateDatabaseAsync(server);

        Console.WriteLine($"Migrating {BenchDatabase} and seeding the demo org tree…");
        await using (var sp = CliHost.Build(target))
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { PeoplePerStation = 0 });
        }

        var stations = await StationsAsync(target);
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{rows}.csv");
        var generate = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            await DemoPeopleGenerator.WriteCsvAsync(writer, rows, stations, "38", 2026, new DateOnly(2026, 11, 22));
        }

        Console.WriteLine($"Generated {rows:N0} rows ({new FileInfo(file).Length / 1_048_576.0:N0} MB) in {generate.Elapsed.TotalSeconds:N1} s: {file}");

        var raw = await RawCopyAsync(target, file);
        var (importer, peakMb, output) = await RunImporterAsync(target, file);
        Console.WriteLine(output.Trim());

        // The ordinary path on the loaded table: the same file again (every row unchanged), then, with --ordinary, the
        // whole file through the batch upsert into an emptied table (the path of a table that already holds anyone).
        var (again, againPeakMb, againOutput) = await RunImporterAsync(target, file);
        Console.WriteLine(againOutput.Trim());
        (TimeSpan Elapsed, double PeakMb, string Output)? ordinary = null;
        if (args.Contains("--ordinary"))
        {
            await TruncatePeopleAsync(target);
            ordinary = await RunImporterAsync(target, file, "--no-bulk");
            Console.WriteLine(ordinary.Value.Output.Trim());
        }

        var rawRate = rows / raw.TotalSeconds;
        var importRate = rows / importer.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine("| measure | time (s) | rows/s | ratio to (a) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| (a) raw COPY (FORMAT csv) into bare table | {raw.TotalSeconds:N1} | {rawRate:N0} | 1.00 |");
        Console.WriteLine($"| (b) coso import people, first load (empty table) | {importer.TotalSeconds:N1} | {importRate:N0} | {importRate / rawRate:N2} |");
        Console.WriteLine($"| (c) same file again (all rows unchanged) | {again.TotalSeconds:N1} | {rows / again.TotalSeconds:N0} | {rows / again.TotalSeconds / rawRate:N2} |");
        if (ordinary is { } o)
        {
            Console.WriteLine($"| (d) --no-bulk into the emptied table (batch upsert) | {o.Elapsed.TotalSeconds:N1} | {rows / o.Elapsed.TotalSeconds:N0} | {rows / o.Elapsed.TotalSeconds / rawRate:N2} |");
        }

        Console.WriteLine($"importer peak working set (VmHWM): (b) {peakMb:N0} MB, (c) {againPeakMb:N0} MB{(ordinary is { } p ? $", (d) {p.PeakMb:N0} MB" : string.Empty)}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        return 0;
    }

    private static async Task RecreateDatabaseAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {BenchDatabase} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {BenchDatabase}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task<List<DemoStation>> StationsAsync(string target)
    {
        var options = new DbContextOptionsBuilder<PostgresCoSoDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, target);
        await using var db = new PostgresCoSoDbContext(options.Options, new Core.Identity.SystemActor("bench"), TimeProvider.System);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == Core.Organisation.OrgUnitKind.CommuneHealthStation || u.Kind == Core.Organisation.OrgUnitKind.Village).ToListAsync();
        return units.Where(u => u.Kind == Core.Organisation.OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(s => new DemoStation(s.Code, units.Where(v => v.ParentId == s.Id).Select(v => v.Code).OrderBy(c => c, StringComparer.Ordinal).ToList(), s.Name.Replace("Trạm Y tế ", string.Empty, StringComparison.Ordinal)))
            .ToList();
    }

    private static async Task<TimeSpan> RawCopyAsync(string target, string file)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            """
            CREATE TABLE people_bare (cccd varchar(12), full_name varchar(100), birth_date date, birth_year integer, sex varchar(3),
                ethnicity_code varchar(2), phone varchar(15), address varchar(200), station_code varchar(40), village_code varchar(40),
                bhyt_number varchar(15), bhyt_valid_from date, bhyt_valid_to date, bhyt_facility_code varchar(5))
            """, connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var writer = await connection.BeginTextImportAsync("COPY people_bare FROM STDIN (FORMAT csv, HEADER)"))
        using (var reader = new StreamReader(file, Encoding.UTF8, false, 1 << 16))
        {
            var buffer = new char[1 << 16];
            int n;
            while ((n = await reader.ReadAsync(buffer)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, n));
            }
        }

        stopwatch.Stop();
        return stopwatch.Elapsed;
    }

    private static async Task TruncatePeopleAsync(string target)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await Exec(connection, "TRUNCATE people CASCADE");
    }

    private static async Task<(TimeSpan Elapsed, double PeakMb, string Output)> RunImporterAsync(string target, string file, params string[] extra)
    {
        var coso = CosoDll();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { coso, "import", "people", file, "--database", target }.Concat(extra))
        {
            start.ArgumentList.Add(a);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.HasExited)
        {
            peakKb = Math.Max(peakKb, ReadVmHwmKb(process.Id));
            await Task.Delay(100);
        }

        await process.WaitForExitAsync();
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"coso import failed ({process.ExitCode}): {await stderr}");
        }

        return (stopwatch.Elapsed, peakKb / 1024.0, await stdout);
    }

    // The CLI's own build output: the bench's copy of coso.dll lacks the packages the ASP.NET shared framework gives
    // the bench (Microsoft.Extensions.*), so it cannot start on its own.
    private static string CosoDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "CoSo.Cli", "bin", "Release", "net10.0", "coso.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build the CLI first: dotnet build -c Release src/CoSo.Cli");
    }

    private static long ReadVmHwmKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
