using System.Diagnostics.Metrics;
using CoSo.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoSo.Data.Operations;

/// <summary>
/// The heavy reads allowed on the read database (a standby), each declared by name where it is used (ADR 0016). A use
/// belongs here only if it never reads what the same user has just written and expects to see at once: the pages after
/// a save stay on the primary context.
/// </summary>
public enum ReadUse
{
    /// <summary>The indicator sources' reads during a recomputation (the results are written through the primary).</summary>
    IndicatorRecomputation = 1,

    /// <summary>A report form filled from stored results (the .xlsx of the report forms).</summary>
    Report,

    /// <summary>The DHIS2 dataValueSets / ADX export of stored results.</summary>
    Dhis2Export,
}

/// <summary>
/// Contexts for <see cref="ReadUse"/>s: over <see cref="DatabaseSettings.ReadConnectionString"/> when set (else the
/// primary's connection string; on SQLite the same file), tracking nothing, refusing SaveChanges and AuditRead, and in
/// a session the database itself keeps read-only (PostgreSQL <c>default_transaction_read_only</c>, SQLite
/// <c>Mode=ReadOnly</c>). A context on a standby sees at least every write committed on the primary before it was
/// created: it waits for the standby to replay up to the primary's WAL position, and reads the primary instead when that
/// takes longer than <see cref="DatabaseSettings.ReadMaxWait"/>. Dispose the context when the use is done.
/// </summary>
public interface IReadOnlyDbContextFactory
{
    Task<CoSoDbContext> CreateAsync(ReadUse use, CancellationToken ct = default);
}

/// <summary>Where a read context's session went: tagged on <c>coso.read_database.contexts</c>.</summary>
public enum ReadServer
{
    /// <summary>A standby, caught up with the primary's position at the time the context was created.</summary>
    Standby = 1,

    /// <summary>The primary: no read database configured, or the read database's hosts led to the primary.</summary>
    Primary,

    /// <summary>The primary, because the standby was further behind than the allowed wait.</summary>
    PrimaryStandbyBehind,
}

/// <summary>The read database's context options, built once (singleton).</summary>
public sealed class ReadDatabase
{
    public const string MeterName = "CoSo.Data.ReadDatabase";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Contexts = Meter.CreateCounter<long>("coso.read_database.contexts", description: "Read-only contexts created, by use and by the server they read");

    private readonly DbContextOptions _read;
    private readonly Lazy<DbContextOptions> _primary;

    public ReadDatabase(DatabaseSettings settings)
    {
        Settings = settings;
        _read = Options(settings.ReadConnectionString ?? settings.ConnectionString);
        _primary = new(() => Options(settings.ConnectionString));
    }

    public DatabaseSettings Settings { get; }

    /// <summary>True when heavy reads go to a database of their own (a standby), not the primary's connection string.</summary>
    public bool Separate => Settings.ReadConnectionString is not null && Settings.ReadConnectionString != Settings.ConnectionString;

    internal static void Count(ReadUse use, ReadServer server) =>
        Contexts.Add(1, new KeyValuePair<string, object?>("use", use.ToString()), new KeyValuePair<string, object?>("server", server.ToString()));

    internal CoSoDbContext New(ICurrentActor actor, TimeProvider time, bool primary)
    {
        var options = primary ? _primary.Value : _read;
        CoSoDbContext db = Settings.Provider == DatabaseProvider.PostgreSql
            ? new PostgresCoSoDbContext((DbContextOptions<PostgresCoSoDbContext>)options, actor, time)
            : new SqliteCoSoDbContext((DbContextOptions<SqliteCoSoDbContext>)options, actor, time);
        db.MarkReadOnly();
        return db;
    }

    private DbContextOptions Options(string connectionString)
    {
        if (Settings.Provider == DatabaseProvider.PostgreSql)
        {
            // The server refuses writes in this session whatever the code does (ExecuteUpdate, raw SQL), on a primary too.
            var cs = new NpgsqlConnectionStringBuilder(connectionString);
            cs.Options = string.IsNullOrWhiteSpace(cs.Options) ? "-c default_transaction_read_only=on" : cs.Options + " -c default_transaction_read_only=on";
            var pg = new DbContextOptionsBuilder<PostgresCoSoDbContext>();
            DataServiceCollectionExtensions.ConfigurePostgres(pg, cs.ConnectionString);
            return pg.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
        }

        // Opened read-only by SQLite itself; the distinct connection string also keeps these connections in a pool of
        // their own, apart from the primary context's.
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString) { Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly };
        var sqlite = new DbContextOptionsBuilder<SqliteCoSoDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(sqlite, file.ConnectionString);
        return sqlite.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
    }
}

/// <summary>The scoped factory: contexts under the request's actor (its scope filters apply as on the primary).</summary>
public sealed class ReadOnlyDbContextFactory(ReadDatabase database, ICurrentActor actor, TimeProvider time, ILogger<ReadOnlyDbContextFactory> log) : IReadOnlyDbContextFactory
{
    public async Task<CoSoDbContext> CreateAsync(ReadUse use, CancellationToken ct = default)
    {
        if (!database.Separate || database.Settings.Provider != DatabaseProvider.PostgreSql)
        {
            ReadDatabase.Count(use, ReadServer.Primary);
            return database.New(actor, time, primary: false);
        }

        // The primary's position first: whatever was committed before this call is at or before it.
        string target;
        await using (var primary = new NpgsqlConnection(database.Settings.ConnectionString))
        {
            await primary.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
            target = (string)(await cmd.ExecuteScalarAsync(ct))!;
        }

        var db = database.New(actor, time, primary: false);
        try
        {
            // The connection stays open for the context's life: every query of the use reads the same server.
            await db.Database.OpenConnectionAsync(ct);
            var until = time.GetUtcNow() + database.Settings.ReadMaxWait;
            while (true)
            {
                await using var cmd = db.Database.GetDbConnection().CreateCommand();
                cmd.CommandText = "SELECT pg_is_in_recovery(), coalesce(pg_last_wal_replay_lsn() >= @target::pg_lsn, false)";
                cmd.Parameters.Add(new NpgsqlParameter("target", target));
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                var (standby, caughtUp) = (reader.GetBoolean(0), reader.GetBoolean(1));
                if (!standby || caughtUp)
                {
                    ReadDatabase.Count(use, standby ? ReadServer.Standby : ReadServer.Primary);
                    return db;
                }

                if (time.GetUtcNow() >= until)
                {
                    break;
                }

                await Task.Delay(50, ct);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        await db.DisposeAsync();
        log.LogWarning("The read database is more than {Wait} s behind the primary: {Use} reads the primary", database.Settings.ReadMaxWait.TotalSeconds, use);
        ReadDatabase.Count(use, ReadServer.PrimaryStandbyBehind);
        return database.New(actor, time, primary: true);
    }
}
