using CoSo.Data.Operations;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// The restore drill (issue 20, item 1): write visits, back up, write more, restore to a point in time between the two,
/// and find exactly the first visits — on the embedded SQLite store and on PostgreSQL with WAL archiving.
/// </summary>
public sealed class RestoreDrillTests
{
    [Fact]
    public async Task Sqlite_restore_to_a_time_between_two_sets_of_visits_finds_exactly_the_first_set()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Sqlite, "coso_drill");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var backups = Directory.CreateTempSubdirectory("coso-sqlite-backups-").FullName;
        try
        {
            var person = await DrillData.ResidentAsync(cs, org);
            var first = await DrillData.VisitsAsync(cs, person, 3);
            var backup = new SqliteBackup(TimeProvider.System);
            await backup.BackupAsync(cs, backups);
            await Task.Delay(5);
            var between = DateTimeOffset.UtcNow;
            await Task.Delay(5);
            var second = await DrillData.VisitsAsync(cs, person, 2);
            // A later backup holds both sets: the restore must take the one before the target, not the newest.
            await backup.BackupAsync(cs, backups);
            Assert.Equal(5, (await DrillData.AllVisitIdsAsync(cs)).Count);

            // The station's disk is lost: the database file is restored from the backup directory.
            SqliteConnection.ClearAllPools();
            var dbFile = new SqliteConnectionStringBuilder(cs).DataSource;
            File.Delete(dbFile);
            var picked = SqliteBackup.Pick(backups, between);
            Assert.NotNull(picked);
            await SqliteBackup.RestoreAsync(picked, cs);

            var restored = await DrillData.AllVisitIdsAsync(cs);
            Assert.Equal(first.Order(), restored);
            Assert.Empty(restored.Intersect(second));
            // Without a target the newest backup is taken: both sets.
            Assert.Equal(5, (await DrillData.AllVisitIdsAsync(NewSqliteFrom(SqliteBackup.Pick(backups, null)!))).Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(backups, recursive: true);
        }
    }

    [Fact]
    public async Task The_cli_backs_up_verifies_and_restores_the_embedded_store_to_a_time()
    {
        // `coso db backup|verify|restore`, the commands docs/deployment.md gives a station (SQLite; the PostgreSQL
        // path of the same commands is the library the PostgreSQL drill below runs).
        var cs = await TestDatabase.CreateAsync(TestDatabase.Sqlite, "coso_cli_drill");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var backups = Directory.CreateTempSubdirectory("coso-cli-backups-").FullName;
        try
        {
            var person = await DrillData.ResidentAsync(cs, org);
            var first = await DrillData.VisitsAsync(cs, person, 2);
            Assert.Equal(0, Run("db", "backup", "--dir", backups, "--keep", "5", "--database", cs));
            var file = Assert.Single(Directory.GetFiles(backups));
            Assert.Equal(0, Run("db", "verify", "--backup", file));
            await Task.Delay(1100); // the CLI takes times to the second
            var between = DateTimeOffset.UtcNow;
            await Task.Delay(1100);
            var second = await DrillData.VisitsAsync(cs, person, 3);
            Assert.Equal(0, Run("db", "backup", "--dir", backups, "--database", cs));
            Assert.Equal(2, Directory.GetFiles(backups).Length);

            // Restore to a Vietnam wall-clock time between the two backups: the first one, exactly the first visits.
            var vn = between.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(0, Run("db", "restore", "--dir", backups, "--to-time", vn, "--database", cs));
            Assert.Equal(first.Order(), await DrillData.AllVisitIdsAsync(cs));

            // A time before every backup restores nothing and says so (exit 1); a damaged copy fails verification.
            Assert.Equal(1, Run("db", "restore", "--dir", backups, "--to-time", "2020-01-01 00:00", "--database", cs));
            Assert.Equal(first.Order(), await DrillData.AllVisitIdsAsync(cs));
            var damaged = Path.Combine(backups, "damaged.db");
            await File.WriteAllBytesAsync(damaged, [.. (await File.ReadAllBytesAsync(file)).Take(3000)]);
            Assert.Equal(1, Run("db", "verify", "--backup", damaged));
            Assert.Empty((await DrillData.AllVisitIdsAsync(cs)).Intersect(second));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(backups, recursive: true);
        }
    }

    private static int Run(params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        return CoSo.Cli.Commands.CliApp.Build().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
    }

    [Fact]
    public async Task Sqlite_backups_keep_the_newest_and_a_damaged_copy_fails_verification()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Sqlite, "coso_keep");
        var backups = Directory.CreateTempSubdirectory("coso-sqlite-backups-").FullName;
        try
        {
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero));
            var backup = new SqliteBackup(time);
            var made = new List<string>();
            for (var i = 0; i < 3; i++)
            {
                made.Add(await backup.BackupAsync(cs, backups));
                time.Advance(TimeSpan.FromHours(1));
            }

            Assert.Equal(1, SqliteBackup.Prune(backups, keep: 2));
            Assert.Equal(made.Skip(1), SqliteBackup.List(backups).Select(b => b.Path));
            Assert.Equal(made[1], SqliteBackup.Pick(backups, new DateTimeOffset(2026, 12, 3, 2, 30, 0, TimeSpan.Zero)));
            Assert.Null(SqliteBackup.Pick(backups, new DateTimeOffset(2026, 12, 3, 1, 30, 0, TimeSpan.Zero)));

            var good = await SqliteBackup.VerifyAsync(made[2]);
            Assert.True(good.Ok);
            Assert.NotNull(good.LastMigration);
            // Overwrite a stretch of pages in the middle of the file: the copy must not pass as whole.
            var bytes = await File.ReadAllBytesAsync(made[2]);
            Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, Math.Min(64 * 1024, bytes.Length / 4));
            await File.WriteAllBytesAsync(made[2], bytes);
            var bad = await CatchingAsync(() => SqliteBackup.VerifyAsync(made[2]));
            Assert.False(bad?.Ok ?? false);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(backups, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_point_in_time_recovery_between_two_sets_of_visits_finds_exactly_the_first_set()
    {
        var tools = TempPostgresCluster.TestTools();
        var root = await TempPostgresCluster.NewRootAsync(tools);
        var archive = Path.Combine(root, "wal");
        var bases = Path.Combine(root, "base");
        TempPostgresCluster? primary = null;
        TempPostgresCluster? restored = null;
        try
        {
            Directory.CreateDirectory(archive);
            await tools.HandOverAsync(archive);
            primary = await TempPostgresCluster.InitAsync(new Dictionary<string, string>
            {
                ["archive_mode"] = "on",
                ["archive_command"] = PostgresBackup.ArchiveCommand(archive),
            }, root);
            var cs = await DrillData.CreateDatabaseAsync(primary);
            var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
            var person = await DrillData.ResidentAsync(cs, org);
            var first = await DrillData.VisitsAsync(cs, person, 3);

            var backup = new PostgresBackup(tools, TimeProvider.System);
            var baseDir = await backup.BaseBackupAsync(cs, bases);
            Assert.True((await backup.VerifyAsync(baseDir)).Ok);
            await Task.Delay(10);
            var between = await primary.ScalarAsync<DateTime>("SELECT clock_timestamp()");
            await Task.Delay(10);
            var second = await DrillData.VisitsAsync(cs, person, 2);
            Assert.Equal(5, (await DrillData.AllVisitIdsAsync(cs)).Count);
            // The last visits' WAL reaches the archive (in production archive_timeout bounds this wait).
            var segment = await primary.ScalarAsync<string>("SELECT pg_walfile_name(pg_switch_wal())");
            await WaitForArchivedAsync(primary, segment, archive);
            // The primary's disk is lost.
            await primary.KillAsync();

            var target = new DateTimeOffset(DateTime.SpecifyKind(between, DateTimeKind.Utc));
            var picked = PostgresBackup.Pick(bases, target);
            Assert.Equal(baseDir, picked);
            var data = Path.Combine(root, "restored");
            await backup.PrepareRestoreAsync(picked!, archive, target, data);
            restored = TempPostgresCluster.Over(root, data);
            await restored.StartAsync();
            await restored.WaitForPrimaryAsync(TimeSpan.FromSeconds(60));

            var found = await DrillData.AllVisitIdsAsync(restored.ConnectionString("coso"));
            Assert.Equal(first.Order(), found);
            Assert.Empty(found.Intersect(second));
            // The restored server takes writes again (it left recovery on a new timeline).
            Assert.Single(await DrillData.VisitsAsync(restored.ConnectionString("coso"), person, 1));
        }
        finally
        {
            await TempPostgresCluster.DisposeAllAsync(root, restored, primary);
        }
    }

    [Fact]
    public async Task Postgres_backup_verification_fails_on_a_changed_file()
    {
        var tools = TempPostgresCluster.TestTools();
        var root = await TempPostgresCluster.NewRootAsync(tools);
        TempPostgresCluster? primary = null;
        try
        {
            primary = await TempPostgresCluster.InitAsync(null, root);
            var backup = new PostgresBackup(tools, TimeProvider.System);
            var baseDir = await backup.BaseBackupAsync(primary.ConnectionString(), Path.Combine(root, "base"));
            Assert.True((await backup.VerifyAsync(baseDir)).Ok);
            var conf = Path.Combine(baseDir, "postgresql.conf");
            await File.AppendAllTextAsync(conf, "\n# changed after the backup\n");
            var check = await backup.VerifyAsync(baseDir);
            Assert.False(check.Ok);
            Assert.Contains("postgresql.conf", check.Problem, StringComparison.Ordinal);
        }
        finally
        {
            await TempPostgresCluster.DisposeAllAsync(root, primary);
        }
    }

    private static string NewSqliteFrom(string backupFile) =>
        new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static async Task<BackupCheck?> CatchingAsync(Func<Task<BackupCheck>> check)
    {
        try
        {
            return await check();
        }
        catch (SqliteException)
        {
            return null; // "database disk image is malformed" before the check could answer: also a failure.
        }
    }

    /// <summary>
    /// Until the archiver reports the segment done (the command returned 0), not merely until a file of that name
    /// appears: a copy still under way is a partial segment, and killing the server then would cut it short.
    /// </summary>
    private static async Task WaitForArchivedAsync(TempPostgresCluster primary, string segment, string archive)
    {
        for (var i = 0; i < 300; i++)
        {
            var last = await primary.ScalarAsync<object>("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver") as string;
            if (string.CompareOrdinal(last, segment) >= 0)
            {
                Assert.True(File.Exists(Path.Combine(archive, segment)), $"{segment} reported archived but not in {archive}");
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{segment} was never archived");
    }
}
