using System.Diagnostics;
using System.Threading.Channels;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Data.People;

/// <summary>
/// First load of residents into an empty PostgreSQL <c>people</c> table (a province's records moved into a new CoSo
/// server), done the way pg_restore does it. In one transaction, holding an exclusive lock on the table: the secondary
/// indexes and foreign keys are dropped (their definitions read from the catalogue first, so a migration that adds an
/// index needs no change here); the rows are streamed in with one binary COPY, probable duplicates within the file
/// flagged on the way (<see cref="ImportTwinTracker"/>); the unique index is built, and if the file repeated a CCCD the
/// earlier rows are deleted so the later row wins, as on the ordinary path; one audit entry per resident kept is
/// written with a second COPY; the other indexes and the foreign keys are re-created. Sorting each index once costs a fraction of
/// maintaining it row by row. If anything fails the transaction rolls back: no resident, no audit entry, and the
/// indexes as they were. The client keeps ≈ 41 bytes per row (twin groups, ids for the audit rows). See ADR 0006.
/// </summary>
internal sealed class PostgresPeopleBulkLoad : IAsyncDisposable
{
    private const string CopyPeople = """
        COPY people (id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key, birth_date,
            birth_year, sex, ethnicity_code, phone, address_line, bhyt_number, social_insurance_number, bhyt_valid_from,
            bhyt_valid_to, bhyt_facility_code, is_deceased, moved_away, needs_duplicate_review, created_at, updated_at,
            version) FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyAudit = """
        COPY audit_entries (id, at, user_id, user_name, action, entity_type, entity_id, person_id, province_code)
        FROM STDIN (FORMAT BINARY)
        """;

    private const string CollectRepeats = """
        CREATE TEMP TABLE import_repeats ON COMMIT DROP AS
        WITH repeated AS (
            SELECT province_code, cccd FROM people WHERE cccd IS NOT NULL GROUP BY province_code, cccd HAVING count(*) > 1)
        SELECT DISTINCT ON (p.province_code, p.cccd) p.province_code, p.cccd, p.id AS keep_id
        FROM people p JOIN repeated r ON r.province_code = p.province_code AND r.cccd = p.cccd
        ORDER BY p.province_code, p.cccd, p.id DESC
        """;

    private const string DeleteEarlierRepeats = """
        DELETE FROM people p USING import_repeats r
        WHERE p.province_code = r.province_code AND p.cccd = r.cccd AND p.id <> r.keep_id
        RETURNING p.id
        """;

    private const string RejudgeKeptRows = """
        UPDATE people p SET needs_duplicate_review = EXISTS (
            SELECT 1 FROM people q
            WHERE q.name_key = p.name_key AND q.birth_year = p.birth_year AND q.commune_code = p.commune_code
              AND q.merged_into_id IS NULL AND q.id < p.id
              AND (q.birth_date = p.birth_date OR q.birth_date IS NULL OR p.birth_date IS NULL))
        FROM import_repeats r
        WHERE p.province_code = r.province_code AND p.id = r.keep_id
        """;

    // Indexes that back a constraint (the primary key) stay: the key is (province, UUIDv7), so COPY appends to it.
    private const string SecondaryIndexes = """
        SELECT i.relname, pg_get_indexdef(i.oid), x.indisunique
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = 'people'::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY i.relname
        """;

    private const string ForeignKeys = """
        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid = 'people'::regclass AND contype = 'f' ORDER BY conname
        """;

    private readonly CoSoDbContext _db;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly ILogger _logger;
    private readonly List<(string Name, string Definition, bool Unique)> _indexes;
    private readonly List<(string Name, string Definition)> _foreignKeys;
    private readonly MonotonicUuid7 _ids = new();
    private bool _committed;

    private PostgresPeopleBulkLoad(CoSoDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction, ILogger logger,
        List<(string, string, bool)> indexes, List<(string, string)> foreignKeys)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        _logger = logger;
        _indexes = indexes;
        _foreignKeys = foreignKeys;
    }

    /// <summary>
    /// Starts a first load if <c>people</c> is empty: takes the table's exclusive lock (searches and registrations wait
    /// until the load commits) and drops its secondary indexes and foreign keys. Null when the table holds anyone.
    /// </summary>
    public static async Task<PostgresPeopleBulkLoad?> TryStartAsync(CoSoDbContext db, ILogger logger, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (await AnyoneAsync(connection, null, ct))
        {
            await db.Database.CloseConnectionAsync();
            return null;
        }

        var transaction = await connection.BeginTransactionAsync(ct);
        try
        {
            await ExecAsync(connection, transaction, "LOCK TABLE people IN ACCESS EXCLUSIVE MODE", ct);
            if (await AnyoneAsync(connection, transaction, ct))
            {
                // Someone registered a resident between the check and the lock: take the ordinary path.
                await transaction.RollbackAsync(ct);
                await transaction.DisposeAsync();
                await db.Database.CloseConnectionAsync();
                return null;
            }

            var indexes = await IndexesAsync(connection, transaction, ct);
            var foreignKeys = await PairsAsync(connection, transaction, ForeignKeys, ct);
            foreach (var (name, _) in foreignKeys)
            {
                await ExecAsync(connection, transaction, $"ALTER TABLE people DROP CONSTRAINT {Quote(name)}", ct);
            }

            foreach (var (name, _, _) in indexes)
            {
                await ExecAsync(connection, transaction, $"DROP INDEX {Quote(name)}", ct);
            }

            return new PostgresPeopleBulkLoad(db, connection, transaction, logger, indexes, foreignKeys);
        }
        catch
        {
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>Loads every row the channel yields and commits. Rows must carry their province, station and CCCD.</summary>
    public async Task<BatchCounts> LoadAsync(ChannelReader<List<Person>> rows, DateTimeOffset now, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var twinTracker = new ImportTwinTracker();
        var loaded = new LoadedRows();
        long copied = 0, twins = 0;

        // Kept per row on the client: the twin tracker's ≈ 24 bytes and the id and province for the audit rows
        // (17 bytes, in fixed blocks); repeated CCCDs are found by the unique index build. Synchronous writes: per-field
        // async calls cost more than the occasional blocking buffer flush.
        using (var copy = PgBinaryCopyWriter.Begin(_connection, CopyPeople))
        {
            await foreach (var chunk in rows.ReadAllAsync(ct))
            {
                foreach (var p in chunk)
                {
                    p.Id = _ids.Next();
                    p.NeedsDuplicateReview = twinTracker.IsLaterTwin(p);
                    twins += p.NeedsDuplicateReview ? 1 : 0;
                    WritePerson(copy, p, now);
                    loaded.Add(p.Id, p.ProvinceCode);
                    copied++;
                }
            }

            copy.Complete();
        }

        var copyTime = watch.Elapsed;

        // Index builds sort in memory up to this much (per build, released after it); the server default is 64 MB.
        await ExecAsync(_connection, _transaction, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        var replaced = new HashSet<Guid>();
        foreach (var (_, definition, _) in _indexes.Where(i => i.Unique))
        {
            await CreateUniqueIndexAsync(definition, replaced, ct);
        }

        var overwritten = (long)replaced.Count;
        var dedupTime = watch.Elapsed;
        using (var copy = PgBinaryCopyWriter.Begin(_connection, CopyAudit))
        {
            var actor = _db.Actor;
            var auditIds = new MonotonicUuid7();
            foreach (var (id, province) in loaded.Rows())
            {
                if (overwritten > 0 && replaced.Contains(id))
                {
                    continue;
                }

                copy.StartRow(9);
                copy.Uuid(auditIds.Next());
                copy.TimestampTz(now);
                copy.Uuid(actor.UserId);
                copy.Text(actor.UserName);
                copy.Text(AuditActions.Import);
                copy.Text(nameof(Person));
                copy.Uuid(id);
                copy.Uuid(id);
                copy.Text(province);
            }

            copy.Complete();
        }

        var auditTime = watch.Elapsed;
        foreach (var (_, definition, _) in _indexes.Where(i => !i.Unique))
        {
            await ExecAsync(_connection, _transaction, definition, ct);
        }

        foreach (var (name, definition) in _foreignKeys)
        {
            await ExecAsync(_connection, _transaction, $"ALTER TABLE people ADD CONSTRAINT {Quote(name)} {definition}", ct);
        }

        var indexTime = watch.Elapsed;
        if (overwritten > 0)
        {
            // The resident kept for a repeated CCCD may have been judged a twin of its own earlier row: judge it again.
            await ExecAsync(_connection, _transaction, RejudgeKeptRows, ct);
        }

        // Fresh statistics, so the first searches after the load plan with the real table size.
        await ExecAsync(_connection, _transaction, "ANALYZE people", ct);
        await _transaction.CommitAsync(ct);
        _committed = true;
        _logger.LogInformation(
            "First load of {Rows} rows ({Repeats} repeated CCCDs, {Twins} flagged as probable duplicates): copy {Copy:N1} s, unique index {Unique:N1} s, audit {Audit:N1} s, {Indexes} indexes and {Keys} foreign keys {Index:N1} s, total {Total:N1} s",
            copied, overwritten, twins, copyTime.TotalSeconds, (dedupTime - copyTime).TotalSeconds, (auditTime - dedupTime).TotalSeconds,
            _indexes.Count, _foreignKeys.Count, (indexTime - auditTime).TotalSeconds, watch.Elapsed.TotalSeconds);
        return new BatchCounts(copied - overwritten, overwritten, 0);
    }

    /// <summary>
    /// Builds a unique index under a savepoint. If the file repeated a CCCD the build fails; then every row but the
    /// file's last one for that (province, CCCD) is deleted — the later row wins, as on the ordinary path, counted as
    /// an update — and the build runs again. The deleted rows' ids go into <paramref name="replaced"/>.
    /// </summary>
    private async Task CreateUniqueIndexAsync(string definition, HashSet<Guid> replaced, CancellationToken ct)
    {
        await _transaction.SaveAsync("unique_index", ct);
        try
        {
            await ExecAsync(_connection, _transaction, definition, ct);
            await _transaction.ReleaseAsync("unique_index", ct);
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await _transaction.RollbackAsync("unique_index", ct);
        }

        await ExecAsync(_connection, _transaction, CollectRepeats, ct);
        await using (var delete = new NpgsqlCommand(DeleteEarlierRepeats, _connection, _transaction) { CommandTimeout = 3600 })
        await using (var reader = await delete.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                replaced.Add(reader.GetGuid(0));
            }
        }

        await ExecAsync(_connection, _transaction, definition, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            // Rolls back the rows and the dropped indexes alike.
            await _transaction.RollbackAsync(CancellationToken.None);
        }

        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }

    private static void WritePerson(PgBinaryCopyWriter copy, Person p, DateTimeOffset now)
    {
        copy.StartRow(25);
        copy.Uuid(p.Id);
        PostgresPersonBatchWriter.WriteImportedColumns(copy, p);
        copy.Bool(false);
        copy.Bool(false);
        copy.Bool(p.NeedsDuplicateReview);
        copy.TimestampTz(now);
        copy.TimestampTz(now);
        copy.Int32(1);
    }

    private static async Task<bool> AnyoneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM people)", connection, transaction);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<(string, string)>> PairsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        var pairs = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    private static async Task<List<(string, string, bool)>> IndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var indexes = new List<(string, string, bool)>();
        await using var command = new NpgsqlCommand(SecondaryIndexes, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return indexes;
    }

    private static async Task ExecAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The loaded residents' ids and provinces in file order, in fixed blocks (no array is ever copied to grow).</summary>
    private sealed class LoadedRows
    {
        private const int BlockSize = 1 << 16;
        private readonly List<Guid[]> _ids = [];
        private readonly List<byte[]> _provinceIndexes = [];
        private readonly List<string> _provinces = [];
        private int _count;

        public void Add(Guid id, string province)
        {
            if (_count % BlockSize == 0)
            {
                _ids.Add(new Guid[BlockSize]);
                _provinceIndexes.Add(new byte[BlockSize]);
            }

            var index = _provinces.IndexOf(province);
            if (index < 0)
            {
                _provinces.Add(province);
                index = _provinces.Count - 1;
            }

            _ids[_count / BlockSize][_count % BlockSize] = id;
            _provinceIndexes[_count / BlockSize][_count % BlockSize] = (byte)index;
            _count++;
        }

        public IEnumerable<(Guid Id, string Province)> Rows()
        {
            for (var i = 0; i < _count; i++)
            {
                yield return (_ids[i / BlockSize][i % BlockSize], _provinces[_provinceIndexes[i / BlockSize][i % BlockSize]]);
            }
        }
    }
}
