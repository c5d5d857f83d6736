using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CoSo.Data.Operations;
using Npgsql;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the test's own (Debian's programs, a temporary directory, a free loopback port), for tests
/// that need server settings the shared COSO_TEST_POSTGRES cluster does not have: WAL archiving, a standby, a restore.
/// Always disposed by its test: the server is stopped and its directory deleted.
/// </summary>
public sealed class TempPostgresCluster : IAsyncDisposable
{
    private TempPostgresCluster(PostgresTools tools, string root, string dataDirectory, int port)
    {
        Tools = tools;
        Root = root;
        DataDirectory = dataDirectory;
        Port = port;
    }

    public PostgresTools Tools { get; }

    /// <summary>The test's directory: the data directory and anything else the test keeps (archive, backups).</summary>
    public string Root { get; }

    public string DataDirectory { get; }

    public int Port { get; private set; }

    public bool Running { get; private set; }

    public static PostgresTools TestTools() =>
        new(PostgresTools.FindBinDirectory() ?? throw new InvalidOperationException("PostgreSQL programs not found (Debian's postgresql package): the test fails rather than skip."),
            Environment.IsPrivilegedProcess ? "postgres" : null);

    /// <summary>A new temporary directory that the server's user owns.</summary>
    public static async Task<string> NewRootAsync(PostgresTools tools)
    {
        var root = Directory.CreateTempSubdirectory("coso-pgt-").FullName;
        await tools.HandOverAsync(root);
        return root;
    }

    /// <summary>initdb and start, with the given server settings (fsync off unless asked for).</summary>
    public static async Task<TempPostgresCluster> InitAsync(IReadOnlyDictionary<string, string>? settings = null, string? root = null, string name = "data")
    {
        var tools = TestTools();
        root ??= await NewRootAsync(tools);
        var data = Path.Combine(root, name);
        await tools.RunAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var cluster = new TempPostgresCluster(tools, root, data, FreePort());
        await cluster.WriteSettingsAsync(settings);
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>A cluster over a data directory made by other means (a restore, a base backup for a standby), not yet started.</summary>
    public static TempPostgresCluster Over(string root, string dataDirectory) => new(TestTools(), root, dataDirectory, FreePort());

    public string ConnectionString(string database = "postgres", bool pooling = true) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling={pooling};Timeout=5";

    public async Task WriteSettingsAsync(IReadOnlyDictionary<string, string>? settings)
    {
        var all = new Dictionary<string, string>
        {
            ["listen_addresses"] = "'127.0.0.1'",
            ["fsync"] = "off",
            ["full_page_writes"] = "off",
            ["shared_buffers"] = "'32MB'",
            ["max_connections"] = "60",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>())
        {
            all[k] = v;
        }

        var lines = all.Select(kv => $"{kv.Key} = {kv.Value}").Prepend(string.Empty);
        await File.AppendAllLinesAsync(Path.Combine(DataDirectory, "postgresql.conf"), lines);
    }

    public async Task StartAsync()
    {
        // Port and socket directory on the command line: a restored or standby copy keeps the original's postgresql.conf.
        try
        {
            await Tools.RunAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(Root, Path.GetFileName(DataDirectory) + ".log"), "-w", "-t", "60",
                "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)} -k {Root}", "start"]);
        }
        catch (InvalidOperationException e)
        {
            // pg_ctl only says "examine the log output": the failure names its cause only with the server's log.
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{await LogTailAsync()}", e);
        }

        Running = true;
    }

    /// <summary>A crash: every server process ends at once, no checkpoint, no goodbye to clients.</summary>
    public async Task KillAsync()
    {
        await Tools.RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        Running = false;
    }

    public async Task StopAsync()
    {
        await Tools.RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
        Running = false;
    }

    public Task PromoteAsync() => Tools.RunAsync("pg_ctl", ["-D", DataDirectory, "-w", "promote"]);

    public async Task<T> ScalarAsync<T>(string sql, string database = "postgres")
    {
        await using var conn = new NpgsqlConnection(ConnectionString(database, pooling: false));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, string database = "postgres")
    {
        await using var conn = new NpgsqlConnection(ConnectionString(database, pooling: false));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the server has left recovery (a restore reached its target, a standby was promoted).</summary>
    public async Task WaitForPrimaryAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (!await ScalarAsync<bool>("SELECT pg_is_in_recovery()"))
                {
                    return;
                }
            }
            catch (NpgsqlException) when (DateTime.UtcNow < until)
            {
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The server on port {Port} is still in recovery; log: {await LogTailAsync()}");
            }

            await Task.Delay(100);
        }
    }

    public async Task<string> LogTailAsync()
    {
        var log = Path.Combine(Root, Path.GetFileName(DataDirectory) + ".log");
        return File.Exists(log) ? string.Join('\n', (await File.ReadAllLinesAsync(log)).TakeLast(15)) : "(no log)";
    }

    public async ValueTask DisposeAsync()
    {
        if (Running)
        {
            try
            {
                await KillAsync();
            }
            catch (InvalidOperationException)
            {
                // Already gone (a test that killed it by other means).
            }
        }
    }

    /// <summary>Stops every cluster the test started under the root and deletes the root.</summary>
    public static async Task DisposeAllAsync(string root, params TempPostgresCluster?[] clusters)
    {
        foreach (var c in clusters)
        {
            if (c is not null)
            {
                await c.DisposeAsync();
            }
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
