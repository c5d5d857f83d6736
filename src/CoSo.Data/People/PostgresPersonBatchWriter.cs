using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.People;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Data.People;

/// <summary>
/// The production (PostgreSQL) path: binary COPY into a temporary staging table, then one set-based upsert on
/// (province_code, cccd) that also writes one "import" audit entry per resident written, all in one transaction.
/// A row equal to the stored resident in every imported column is left alone (no new version, no audit entry). A new
/// resident with a probable twin (stored, or earlier in the batch) is flagged for duplicate review.
/// </summary>
internal sealed class PostgresPersonBatchWriter(CoSoDbContext db) : IPersonBatchWriter
{
    private readonly MonotonicUuid7 _ids = new();

    private const string CreateStaging = """
        CREATE TEMP TABLE people_import_staging (
            id uuid NOT NULL, audit_id uuid NOT NULL, province_code varchar(2) NOT NULL, org_unit_id uuid NOT NULL,
            village_id uuid, commune_code varchar(5), cccd varchar(12) NOT NULL, full_name varchar(100) NOT NULL,
            name_key varchar(100) NOT NULL, birth_date date, birth_year integer NOT NULL, sex integer NOT NULL,
            ethnicity_code varchar(2), phone varchar(15), address_line varchar(200), bhyt_number varchar(15),
            social_insurance_number varchar(10), bhyt_valid_from date, bhyt_valid_to date, bhyt_facility_code varchar(5),
            twin boolean NOT NULL
        ) ON COMMIT DROP
        """;

    private const string CopySql = """
        COPY people_import_staging (id, audit_id, province_code, org_unit_id, village_id, commune_code, cccd, full_name,
            name_key, birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number,
            social_insurance_number, bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, twin) FROM STDIN (FORMAT BINARY)
        """;

    // xmax = 0 on a returned row means the row was inserted, not updated (a PostgreSQL idiom for upserts). A conflict
    // whose WHERE is false updates nothing and returns nothing: that row is unchanged.
    private const string Upsert = """
        WITH upserted AS (
            INSERT INTO people (id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key,
                birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number, social_insurance_number,
                bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, is_deceased, moved_away, needs_duplicate_review,
                created_at, updated_at, version)
            SELECT id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key,
                birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number, social_insurance_number,
                bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, false, false,
                -- Registration's probable-duplicate rule: a twin earlier in the batch, or one already stored (the
                -- value is only used for rows inserted; an update keeps the resident's flag).
                s.twin OR EXISTS (
                    SELECT 1 FROM people q
                    WHERE q.name_key = s.name_key AND q.birth_year = s.birth_year AND q.commune_code = s.commune_code
                      AND q.merged_into_id IS NULL
                      AND (q.birth_date = s.birth_date OR q.birth_date IS NULL OR s.birth_date IS NULL)),
                @now, @now, 1
            FROM people_import_staging s
            ON CONFLICT (province_code, cccd) WHERE cccd IS NOT NULL DO UPDATE SET
                org_unit_id = EXCLUDED.org_unit_id, village_id = EXCLUDED.village_id, commune_code = EXCLUDED.commune_code,
                full_name = EXCLUDED.full_name, name_key = EXCLUDED.name_key, birth_date = EXCLUDED.birth_date,
                birth_year = EXCLUDED.birth_year, sex = EXCLUDED.sex, ethnicity_code = EXCLUDED.ethnicity_code,
                phone = EXCLUDED.phone, address_line = EXCLUDED.address_line, bhyt_number = EXCLUDED.bhyt_number,
                social_insurance_number = EXCLUDED.social_insurance_number, bhyt_valid_from = EXCLUDED.bhyt_valid_from,
                bhyt_valid_to = EXCLUDED.bhyt_valid_to, bhyt_facility_code = EXCLUDED.bhyt_facility_code,
                updated_at = EXCLUDED.updated_at, version = people.version + 1
            WHERE (people.org_unit_id, people.village_id, people.commune_code, people.full_name, people.birth_date,
                    people.birth_year, people.sex, people.ethnicity_code, people.phone, people.address_line,
                    people.bhyt_number, people.bhyt_valid_from, people.bhyt_valid_to, people.bhyt_facility_code)
                IS DISTINCT FROM (EXCLUDED.org_unit_id, EXCLUDED.village_id, EXCLUDED.commune_code, EXCLUDED.full_name,
                    EXCLUDED.birth_date, EXCLUDED.birth_year, EXCLUDED.sex, EXCLUDED.ethnicity_code, EXCLUDED.phone,
                    EXCLUDED.address_line, EXCLUDED.bhyt_number, EXCLUDED.bhyt_valid_from, EXCLUDED.bhyt_valid_to,
                    EXCLUDED.bhyt_facility_code)
            RETURNING id, province_code, cccd, (xmax = 0) AS inserted
        ), audited AS (
            INSERT INTO audit_entries (id, at, user_id, user_name, action, entity_type, entity_id, person_id, province_code)
            SELECT s.audit_id, @now, @user_id, @user_name, @action, 'Person', u.id, u.id, u.province_code
            FROM upserted u JOIN people_import_staging s ON s.province_code = u.province_code AND s.cccd = u.cccd
        )
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
        """;

    public async Task<BatchCounts> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var result = await UpsertAsync(connection, (NpgsqlTransaction)tx.GetDbTransaction(), db.Actor, _ids, batch, now, ct);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The upsert of one batch inside the caller's transaction (also used by the first-load path for CCCDs repeated in the file).</summary>
    internal static async Task<BatchCounts> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ICurrentActor actor,
        MonotonicUuid7 ids, IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(CreateStaging, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        Copy(connection, ids, batch);

        long inserted, updated;
        await using (var upsert = new NpgsqlCommand(Upsert, connection, transaction))
        {
            upsert.CommandTimeout = 600;
            upsert.Parameters.AddWithValue("now", now);
            upsert.Parameters.Add(new NpgsqlParameter("user_id", NpgsqlDbType.Uuid) { Value = (object?)actor.UserId ?? DBNull.Value });
            upsert.Parameters.AddWithValue("user_name", actor.UserName);
            upsert.Parameters.AddWithValue("action", AuditActions.Import);
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (inserted, updated) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        // The import writes no change rows per resident: each village it touched is marked for a whole reload by its
        // phones (village app, ADR 0019), in the same transaction.
        await using (var reset = new NpgsqlCommand(
            "INSERT INTO village_changes (village_id, kind, entity_id, changed_at) SELECT DISTINCT village_id, 3, village_id, @now FROM people_import_staging WHERE village_id IS NOT NULL",
            connection, transaction))
        {
            reset.Parameters.AddWithValue("now", now);
            await reset.ExecuteNonQueryAsync(ct);
        }

        await using (var drop = new NpgsqlCommand("DROP TABLE people_import_staging", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(ct);
        }

        return new BatchCounts(inserted, updated, batch.Count - inserted - updated);
    }

    // Synchronous writes: per-field async calls cost more than the occasional blocking buffer flush.
    private static void Copy(NpgsqlConnection connection, MonotonicUuid7 ids, IReadOnlyList<Person> batch)
    {
        using var copy = PgBinaryCopyWriter.Begin(connection, CopySql);
        var auditIds = new MonotonicUuid7();
        var twins = new ImportTwinTracker();
        foreach (var p in batch)
        {
            copy.StartRow(21);
            copy.Uuid(ids.Next());
            copy.Uuid(auditIds.Next());
            WriteImportedColumns(copy, p);
            copy.Bool(twins.IsLaterTwin(p));
        }

        copy.Complete();
    }

    /// <summary>
    /// The 18 columns an import sets, from province_code to bhyt_facility_code, in the order both COPYs list them
    /// (the staging table here, <c>people</c> itself on the first-load path).
    /// </summary>
    internal static void WriteImportedColumns(PgBinaryCopyWriter copy, Person p)
    {
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
    }
}
