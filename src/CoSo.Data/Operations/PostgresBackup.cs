using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace CoSo.Data.Operations;

/// <summary>
/// PostgreSQL backups for point-in-time recovery: base backups taken with <c>pg_basebackup</c> (plain format, the WAL
/// needed for consistency streamed with them, a manifest that <c>pg_verifybackup</c> checks), plus the server's own
/// continuous WAL archive (<c>archive_command</c>, docs/deployment.md). A base backup's directory is named by the time
/// it finished, so any target after that time can be reached from it by replaying the archive.
/// </summary>
public sealed partial class PostgresBackup(PostgresTools tools, TimeProvider time)
{
    public const string Prefix = "base-";

    public async Task<string> BaseBackupAsync(string connectionString, string root, CancellationToken ct = default)
    {
        Directory.CreateDirectory(root);
        await tools.HandOverAsync(root, ct);
        var partial = Path.Combine(root, Prefix + "partial-" + Guid.NewGuid().ToString("N")[..8]);
        var (conninfo, environment) = Libpq(connectionString);
        await tools.RunAsync("pg_basebackup", ["-d", conninfo, "-D", partial, "-Fp", "-X", "stream", "-c", "fast", "-l", "coso " + Path.GetFileName(partial), "--no-password"], environment, ct);
        var done = Path.Combine(root, BackupFileNames.Name(Prefix, time.GetUtcNow()));
        Directory.Move(partial, done);
        return done;
    }

    /// <summary>pg_verifybackup: every file against the manifest's checksums, and the WAL it needs.</summary>
    public async Task<BackupCheck> VerifyAsync(string backupDirectory, CancellationToken ct = default)
    {
        try
        {
            await tools.RunAsync("pg_verifybackup", [backupDirectory], null, ct);
            return new BackupCheck(true, null, null);
        }
        catch (InvalidOperationException e)
        {
            return new BackupCheck(false, null, e.Message);
        }
    }

    public static IReadOnlyList<(DateTimeOffset At, string Path)> List(string root) =>
        !Directory.Exists(root)
            ? []
            : Directory.GetDirectories(root, Prefix + "*")
                .Select(p => (At: BackupFileNames.TimeOf(Path.GetFileName(p), Prefix), Path: p))
                .Where(b => b.At is not null)
                .Select(b => (b.At!.Value, b.Path))
                .OrderBy(b => b.Value)
                .ToList();

    /// <summary>The newest base backup finished at or before <paramref name="target"/> (the newest of all without one).</summary>
    public static string? Pick(string root, DateTimeOffset? target) =>
        List(root).Where(b => target is null || b.At <= target).Select(b => b.Path).LastOrDefault();

    /// <summary>
    /// Makes <paramref name="dataDirectory"/> a copy of the base backup that, when started, replays the WAL archive up to
    /// <paramref name="target"/> (to its end without one) and then opens for writing (on a new timeline).
    /// </summary>
    /// <summary>
    /// The <c>archive_command</c> for a WAL archive directory: never overwrites an archived segment, and copies under a
    /// temporary name first so that a crash mid-copy (the archiver is killed with the server) leaves no partial segment
    /// under the real name, which a restore would read as the end of the WAL and stop short of its target.
    /// </summary>
    public static string ArchiveCommand(string walArchive)
    {
        var dir = walArchive.Replace("'", "''", StringComparison.Ordinal);
        return $"'test ! -f \"{dir}/%f\" && cp %p \"{dir}/%f.part\" && mv \"{dir}/%f.part\" \"{dir}/%f\"'";
    }

    public async Task PrepareRestoreAsync(string backupDirectory, string walArchive, DateTimeOffset? target, string dataDirectory, CancellationToken ct = default)
    {
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new InvalidOperationException($"{dataDirectory} is not empty: restore into a new directory, never over a cluster.");
        }

        CopyDirectory(backupDirectory, dataDirectory);
        // The manifest belongs to the backup, not to a running cluster.
        File.Delete(Path.Combine(dataDirectory, "backup_manifest"));
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "recovery.signal"), string.Empty, ct);
        var settings = new List<string>
        {
            string.Empty,
            "# coso db restore " + time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            $"restore_command = 'cp \"{walArchive.Replace("'", "''", StringComparison.Ordinal)}/%f\" \"%p\"'",
            "recovery_target_action = 'promote'",
            // A restored primary has no standby yet: waiting for one would hang every commit.
            "synchronous_standby_names = ''",
        };
        if (target is { } t)
        {
            settings.Add("recovery_target_time = '" + t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'");
        }

        await File.AppendAllLinesAsync(Path.Combine(dataDirectory, "postgresql.auto.conf"), settings, ct);
        if (!OperatingSystem.IsWindows())
        {
            // PostgreSQL refuses a data directory that others can read.
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await tools.HandOverAsync(dataDirectory, ct);
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> newest base backups and, in the archive, the WAL from the oldest kept one on
    /// (pg_archivecleanup). Returns the number of base backups removed.
    /// </summary>
    public async Task<int> PruneAsync(string root, string? walArchive, int keep, CancellationToken ct = default)
    {
        var all = List(root);
        var old = all.SkipLast(Math.Max(1, keep)).ToList();
        foreach (var (_, path) in old)
        {
            Directory.Delete(path, recursive: true);
        }

        var oldestKept = all.Skip(old.Count).FirstOrDefault().Path;
        if (walArchive is not null && oldestKept is not null && StartWalFile(oldestKept) is { } wal)
        {
            await tools.RunAsync("pg_archivecleanup", [walArchive, wal], null, ct);
        }

        return old.Count;
    }

    /// <summary>The first WAL file a base backup needs, from its backup_label.</summary>
    public static string? StartWalFile(string backupDirectory)
    {
        var label = Path.Combine(backupDirectory, "backup_label");
        return File.Exists(label) && StartWal().Match(File.ReadAllText(label)) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>An Npgsql connection string as libpq's (host lists and target_session_attrs kept), the password in PGPASSWORD.</summary>
    public static (string Conninfo, IReadOnlyDictionary<string, string> Environment) Libpq(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var hosts = new List<string>();
        var ports = new List<string>();
        foreach (var h in (b.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = h.LastIndexOf(':');
            var bare = colon > 0 && !h.EndsWith(']') ? h[..colon] : h;
            hosts.Add(bare);
            ports.Add(colon > 0 && !h.EndsWith(']') ? h[(colon + 1)..] : b.Port.ToString(CultureInfo.InvariantCulture));
        }

        var parts = new List<string> { $"host={string.Join(',', hosts)}", $"port={string.Join(',', ports)}" };
        if (!string.IsNullOrEmpty(b.Username))
        {
            parts.Add($"user={b.Username}");
        }

        if (!string.IsNullOrEmpty(b.Database))
        {
            parts.Add($"dbname={b.Database}");
        }

        if (b.TargetSessionAttributes is { Length: > 0 } tsa)
        {
            parts.Add($"target_session_attrs={tsa.ToLowerInvariant()}");
        }

        var environment = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(b.Password))
        {
            environment["PGPASSWORD"] = b.Password;
        }

        return (string.Join(' ', parts), environment);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    [GeneratedRegex(@"START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)")]
    private static partial Regex StartWal();
}
