using System.Diagnostics;
using System.Threading.Channels;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoSo.Data.People;

/// <summary>
/// First load of residents into an empty PostgreSQL <c>people</c> table (a province's records moved into a new CoSo
/// server), done the way pg_restore does it: in one transaction, holding an exclusive lock on the table, the secondary
/// indexes and foreign keys are dropped, the rows are streamed in with one binary COPY, their audit entries with a
/// second (probable duplicates within the file flagged on the way, <see cref="ImportTwinTracker"/>), and the indexes
/// and foreign keys re-created from their own definitions
/// (read from the catalogue, so a migration that adds an index needs no change here). Sorting each index once costs a
/// fraction of maintaining it row by row. If anything fails the transaction rolls back: no resident, no audit entry, and
/// the indexes as they were. A CCCD repeated in the file is written by the ordinary upsert after the indexes exist, so
/// the later row wins as on the ordinary path. See ADR 0006.
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

    // Indexes that back a constraint (the primary key) stay: the key is (province, UUIDv7), so COPY appends to it.
    private const string SecondaryIndexes = """
        SELECT i.relname, pg_get_indexdef(i.oid)
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
    private readonly List<(string Name, string Definition)> _indexes;
    private readonly List<(string Name, string Definition)> _foreignKeys;
    private readonly MonotonicUuid7 _ids = new();
    private bool _committed;

    private PostgresPeopleBulkLoad(CoSoDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction, ILogger logger,
        List<(string, string)> indexes, List<(string, string)> foreignKeys)
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

            var indexes = await PairsAsync(connection, transaction, SecondaryIndexes, ct);
            var foreignKeys = await PairsAsync(connection, transaction, ForeignKeys, ct);
            foreach (var (name, _) in foreignKeys)
            {
                await ExecAsync(connection, transaction, $"ALTER TABLE people DROP CONSTRAINT {Quote(name)}", ct);
            }

            foreach (var (name, _) in indexes)
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
        var seen = new CccdSet();
        var repeated = new Dictionary<(string, string), Person>();
        var ids = new List<Guid>();
        var provinceOfRow = new List<byte>();
        var provinces = new List<string>();
        var twinTracker = new ImportTwinTracker();
        long overwritten = 0, twins = 0;

        // Synchronous writes: per-field async calls cost more than the occasional blocking buffer flush.
        using (var copy = PgBinaryCopyWriter.Begin(_connection, CopyPeople))
        {
            await foreach (var chunk in rows.ReadAllAsync(ct))
            {
                foreach (var p in chunk)
                {
                    if (!seen.Add(p.ProvinceCode, p.Cccd!))
                    {
                        if (!repeated.TryAdd((p.ProvinceCode, p.Cccd!), p))
                        {
                            repeated[(p.ProvinceCode, p.Cccd!)] = p;
                            overwritten++;
                        }

                        continue;
                    }

                    p.Id = _ids.Next();
                    p.NeedsDuplicateReview = twinTracker.IsLaterTwin(p);
                    twins += p.NeedsDuplicateReview ? 1 : 0;
                    WritePerson(copy, p, now);
                    ids.Add(p.Id);
                    var province = provinces.IndexOf(p.ProvinceCode);
                    if (province < 0)
                    {
                        provinces.Add(p.ProvinceCode);
                        province = provinces.Count - 1;
                    }

                    provinceOfRow.Add((byte)province);
                }
            }

            copy.Complete();
        }

        var copied = watch.Elapsed;
        using (var copy = PgBinaryCopyWriter.Begin(_connection, CopyAudit))
        {
            var actor = _db.Actor;
            var auditIds = new MonotonicUuid7();
            for (var i = 0; i < ids.Count; i++)
            {
                copy.StartRow(9);
                copy.Uuid(auditIds.Next());
                copy.TimestampTz(now);
                copy.Uuid(actor.UserId);
                copy.Text(actor.UserName);
                copy.Text(AuditActions.Import);
                copy.Text(nameof(Person));
                copy.Uuid(ids[i]);
                copy.Uuid(ids[i]);
                copy.Text(provinces[provinceOfRow[i]]);
            }

            copy.Complete();
        }

        var audited = watch.Elapsed;

        // Index builds sort in memory up to this much (per build, released after it); the server default is 64 MB.
        await ExecAsync(_connection, _transaction, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var (_, definition) in _indexes)
        {
            await ExecAsync(_connection, _transaction, definition, ct);
        }

        foreach (var (name, definition) in _foreignKeys)
        {
            await ExecAsync(_connection, _transaction, $"ALTER TABLE people ADD CONSTRAINT {Quote(name)} {definition}", ct);
        }

        var indexed = watch.Elapsed;
        var late = new BatchCounts();
        if (repeated.Count > 0)
        {
            late = await PostgresPersonBatchWriter.UpsertAsync(_connection, _transaction, _db.Actor, _ids, [.. repeated.Values], now, ct);
        }

        // Fresh statistics, so the first searches after the load plan with the real table size.
        await ExecAsync(_connection, _transaction, "ANALYZE people", ct);
        await _transaction.CommitAsync(ct);
        _committed = true;
        _logger.LogInformation(
            "First load of {Rows} residents ({Twins} flagged as probable duplicates): copy {Copy:N1} s, audit {Audit:N1} s, {Indexes} indexes and {Keys} foreign keys {Index:N1} s, total {Total:N1} s",
            ids.Count, twins, copied.TotalSeconds, (audited - copied).TotalSeconds, _indexes.Count,
            _foreignKeys.Count, (indexed - audited).TotalSeconds, watch.Elapsed.TotalSeconds);
        return new BatchCounts(ids.Count + late.Inserted, overwritten + late.Updated, late.Unchanged);
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
        copy.Text(p.ProvinceCode);
        copy.Uuid(p.OrgUnitId);
        copy.Uuid(p.VillageId);
        copy.Text(p.CommuneCode);
        copy.Text(p.Cccd);
        copy.Text(p.FullName);
        copy.Text(p.NameKey);
        copy.Date(p.BirthDate);
        copy.Int32(p.BirthYear);
        copy.Int32((int)p.Sex);
        copy.Text(p.EthnicityCode);
        copy.Text(p.Phone);
        copy.Text(p.AddressLine);
        copy.Text(p.BhytNumber);
        copy.Text(p.SocialInsuranceNumber);
        copy.Date(p.BhytValidFrom);
        copy.Date(p.BhytValidTo);
        copy.Text(p.BhytFacilityCode);
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

    private static async Task ExecAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The (province, CCCD) pairs already copied. A validated CCCD is 12 digits and a province code 2, so a pair packs
    /// into one long (≈ 40 bytes a resident in a HashSet instead of two strings); anything else is kept as text.
    /// </summary>
    private sealed class CccdSet
    {
        private readonly HashSet<long> _packed = [];
        private readonly HashSet<(string, string)> _other = [];

        public bool Add(string province, string cccd) =>
            TryPack(province, cccd, out var key) ? _packed.Add(key) : _other.Add((province, cccd));

        private static bool TryPack(string province, string cccd, out long key)
        {
            key = 0;
            if (province.Length != 2 || cccd.Length != 12)
            {
                return false;
            }

            foreach (var c in province)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                key = (key * 10) + (c - '0');
            }

            foreach (var c in cccd)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                key = (key * 10) + (c - '0');
            }

            return true;
        }
    }
}
