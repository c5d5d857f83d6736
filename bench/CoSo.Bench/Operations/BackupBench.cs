using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoSo.Cli.Infrastructure;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using CoSo.Data.Operations;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Operations;

/// <summary>
/// `backup --rows N [--store postgres|sqlite|both]`: time and size of a backup and a restore of a province of N
/// imported residents, through the code behind `coso db backup|restore` (PostgresBackup, SqliteBackup), each next to a
/// baseline measured in the same run: PostgreSQL's base backup against `pg_dump -Fc` and a plain copy of the data
/// directory, its point-in-time restore against `pg_restore`; SQLite's `VACUUM INTO` and backup-API restore against a
/// file copy. PostgreSQL runs on a cluster of the driver's own (archiving on), started and removed by it.
/// </summary>
public static class BackupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = IntArg(args, "--rows", 100_000, 300);
        var store = Arg(args, "--store") ?? "both";
        var work = Directory.CreateTempSubdirectory("coso-bench-backup-").FullName;
        try
        {
            var csv = Path.Combine(work, "people.csv");
            var lines = new List<string> { "| store | measure | time (s) | size (MB) | time ratio to baseline |", "|---|---|---:|---:|---:|" };
            if (store is "both" or "sqlite")
            {
                lines.AddRange(await SqliteAsync(work, csv, rows));
            }

            if (store is "both" or "postgres")
            {
                lines.AddRange(await PostgresAsync(work, csv, rows));
            }

            Console.WriteLine();
            Console.WriteLine($"{rows:N0} residents imported (people, households); no visits.");
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<IEnumerable<string>> SqliteAsync(string work, string csv, int rows)
    {
        var file = Path.Combine(work, "coso.db");
        var cs = $"Data Source={file}";
        await LoadAsync(cs, csv, rows);
        await using (var conn = new Microsoft.Data.Sqlite.SqliteConnection(cs))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await cmd.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var size = Mb(new FileInfo(file).Length);
        var copyTo = Path.Combine(work, "copy.db");
        var copy = await TimeAsync(3, () => Task.Run(() => File.Copy(file, copyTo, overwrite: true)));
        var backups = Path.Combine(work, "sqlite-backups");
        string? made = null;
        var backup = await TimeAsync(3, () => Task.Run(() => DeleteIfExists(backups)), async () => made = await new SqliteBackup(TimeProvider.System).BackupAsync(cs, backups));
        var backupSize = Mb(new FileInfo(made!).Length);
        var restore = await TimeAsync(3, () => SqliteBackup.RestoreAsync(made!, cs));
        var restoreCopy = await TimeAsync(3, () => Task.Run(() => File.Copy(copyTo, Path.Combine(work, "copy2.db"), overwrite: true)));
        var people = await CountPeopleAsync(cs);
        if (people != rows)
        {
            throw new InvalidOperationException($"restored SQLite has {people} people, expected {rows}");
        }

        return
        [
            $"| SQLite | database file ({rows:N0} residents) | | {size:N1} | |",
            $"| SQLite | (a) baseline: file copy (database idle) | {copy:N2} | {size:N1} | 1.00 |",
            $"| SQLite | (b) backup: VACUUM INTO (online) | {backup:N2} | {backupSize:N1} | {backup / copy:N2} |",
            $"| SQLite | (c) restore: integrity check, copy beside the file, rename over it | {restore:N2} | | {restore / restoreCopy:N2} (to a file copy, {restoreCopy:N2} s) |",
        ];
    }

    private static async Task<IEnumerable<string>> PostgresAsync(string work, string csv, int rows)
    {
        // As root, the server's programs run as postgres (as in the tests), in a temporary directory that user owns.
        var found = PostgresTools.FromEnvironment();
        var tools = found.RunAs is null && Environment.IsPrivilegedProcess ? new PostgresTools(found.BinDirectory, "postgres") : found;
        var root = Directory.CreateTempSubdirectory("coso-bench-pg-").FullName;
        var archive = Path.Combine(root, "wal");
        Directory.CreateDirectory(archive);
        await tools.HandOverAsync(root);
        var data = Path.Combine(root, "data");
        await tools.RunAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await File.AppendAllLinesAsync(Path.Combine(data, "postgresql.conf"),
        [
            "listen_addresses = '127.0.0.1'", "shared_buffers = '128MB'", "max_wal_size = '2GB'", "wal_level = replica", "archive_mode = on",
            "archive_command = " + PostgresBackup.ArchiveCommand(archive),
        ]);
        var port = FreePort();
        var restoredPort = FreePort();
        var restoredData = Path.Combine(root, "restored");
        await Pg(tools, root, data, port, "start");
        try
        {
            var server = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=1800";
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = "coso" }.ConnectionString;
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await Exec(conn, "CREATE DATABASE coso");
            }

            await LoadAsync(cs, csv, rows);
            long dbBytes;
            await using (var conn = new NpgsqlConnection(cs))
            {
                await conn.OpenAsync();
                await Exec(conn, "CHECKPOINT");
                await using var cmd = new NpgsqlCommand("SELECT pg_database_size('coso')", conn);
                dbBytes = (long)(await cmd.ExecuteScalarAsync())!;
            }

            var dataBytes = DirectoryBytes(data);
            var dump = Path.Combine(root, "coso.dump");
            var pgDump = await TimeAsync(1, () => tools.RunAsync("pg_dump", ["-h", "127.0.0.1", "-p", P(port), "-U", "postgres", "-Fc", "-f", dump, "coso"]));
            var copyTo = Path.Combine(work, "datacopy");
            var copy = await TimeAsync(1, () => Task.Run(() => CopyDirectory(data, copyTo)));
            Directory.Delete(copyTo, true);
            var backups = Path.Combine(root, "backups");
            string? made = null;
            var baseBackup = await TimeAsync(1, async () => made = await new PostgresBackup(tools, TimeProvider.System).BaseBackupAsync(cs, backups));
            var backupBytes = DirectoryBytes(made!);

            // Point-in-time restore: a new data directory from the base backup replaying the archive, started, out of recovery.
            await using (var conn = new NpgsqlConnection(cs))
            {
                await conn.OpenAsync();
                await Exec(conn, "SELECT pg_switch_wal()");
            }

            await Task.Delay(1000); // the archiver copies the switched segment
            var restore = await TimeAsync(1, async () =>
            {
                await new PostgresBackup(tools, TimeProvider.System).PrepareRestoreAsync(made!, archive, null, restoredData);
                await Pg(tools, root, restoredData, restoredPort, "start");
                await WaitOutOfRecoveryAsync($"Host=127.0.0.1;Port={restoredPort};Username=postgres;Database=coso;Pooling=false;Timeout=5");
            });
            var restoredPeople = await CountPeopleAsync($"Host=127.0.0.1;Port={restoredPort};Username=postgres;Database=coso");
            await Pg(tools, root, restoredData, restoredPort, "stop");
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await Exec(conn, "CREATE DATABASE coso_dumped");
            }

            var pgRestore = await TimeAsync(1, () => tools.RunAsync("pg_restore", ["-h", "127.0.0.1", "-p", P(port), "-U", "postgres", "-j", "2", "-d", "coso_dumped", dump]));
            if (restoredPeople != rows)
            {
                throw new InvalidOperationException($"restored PostgreSQL has {restoredPeople} people, expected {rows}");
            }

            return
            [
                $"| PostgreSQL | database coso ({rows:N0} residents); whole data directory {Mb(dataBytes):N1} MB | | {Mb(dbBytes):N1} | |",
                $"| PostgreSQL | (a) baseline: pg_dump -Fc of coso | {pgDump:N2} | {Mb(new FileInfo(dump).Length):N1} | 1.00 |",
                $"| PostgreSQL | (a') baseline: copy of the data directory (server running) | {copy:N2} | {Mb(dataBytes):N1} | {copy / pgDump:N2} |",
                $"| PostgreSQL | (b) backup: pg_basebackup -X stream (coso db backup) | {baseBackup:N2} | {Mb(backupBytes):N1} | {baseBackup / pgDump:N2} |",
                $"| PostgreSQL | (c) restore: base backup + WAL replay to the archive's end, to open (coso db restore + start) | {restore:N2} | | {restore / pgRestore:N2} (to pg_restore -j 2, {pgRestore:N2} s) |",
            ];
        }
        finally
        {
            await Pg(tools, root, data, port, "stop", ignoreFailure: true);
            if (Directory.Exists(restoredData))
            {
                await Pg(tools, root, restoredData, restoredPort, "stop", ignoreFailure: true);
            }

            NpgsqlConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task LoadAsync(string cs, string csv, int rows)
    {
        await using var sp = CliHost.Build(cs);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { PeoplePerStation = 0 });
        }

        if (!File.Exists(csv))
        {
            List<DemoStation> stations;
            await using (var scope = sp.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
                var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == Core.Organisation.OrgUnitKind.CommuneHealthStation || u.Kind == Core.Organisation.OrgUnitKind.Village).ToListAsync();
                stations = units.Where(u => u.Kind == Core.Organisation.OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code, StringComparer.Ordinal)
                    .Select(s => new DemoStation(s.Code, units.Where(v => v.ParentId == s.Id).Select(v => v.Code).OrderBy(c => c, StringComparer.Ordinal).ToList(), s.Name))
                    .ToList();
            }

            await using var writer = new StreamWriter(csv, false, new UTF8Encoding(false), 1 << 16);
            await DemoPeopleGenerator.WriteCsvAsync(writer, rows, stations, "38", 2026, new DateOnly(2026, 11, 22));
        }

        var watch = Stopwatch.StartNew();
        await using (var scope = sp.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PersonImporter>().ImportAsync(csv, new PersonImportOptions());
            Console.WriteLine($"imported {result.Inserted:N0} residents in {watch.Elapsed.TotalSeconds:N1} s ({cs.Split(';')[0]})");
        }
    }

    private static async Task<long> CountPeopleAsync(string cs) =>
        await Cli(cs, db => db.People.IgnoreQueryFilters().LongCountAsync());

    private static async Task<T> Cli<T>(string cs, Func<CoSoDbContext, Task<T>> work)
    {
        await using var sp = CliHost.Build(cs);
        await using var scope = sp.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoSoDbContext>());
    }

    private static async Task WaitOutOfRecoveryAsync(string cs)
    {
        var until = DateTime.UtcNow.AddMinutes(30);
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand("SELECT pg_is_in_recovery()", conn);
                if (!(bool)(await cmd.ExecuteScalarAsync())!)
                {
                    return;
                }
            }
            catch (NpgsqlException) when (DateTime.UtcNow < until)
            {
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("the restored server never left recovery");
            }

            await Task.Delay(100);
        }
    }

    private static async Task Pg(PostgresTools tools, string root, string data, int port, string verb, bool ignoreFailure = false)
    {
        try
        {
            var arguments = verb == "start"
                ? new[] { "-D", data, "-l", data + ".log", "-w", "-t", "1800", "-o", $"-p {P(port)} -k {root}", "start" }
                : ["-D", data, "-m", "fast", "-w", "stop"];
            await tools.RunAsync("pg_ctl", arguments);
        }
        catch (InvalidOperationException) when (ignoreFailure)
        {
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string P(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static double Mb(long bytes) => bytes / 1_048_576.0;

    private static long DirectoryBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            try
            {
                File.Copy(file, file.Replace(from, to, StringComparison.Ordinal), overwrite: true);
            }
            catch (IOException)
            {
                // A file the running server removed meanwhile (a recycled WAL segment): a copy of a live directory is not consistent anyway.
            }
        }
    }
}
