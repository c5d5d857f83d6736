using CoSo.Core.Audit;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Data.People;

/// <summary>
/// The production (PostgreSQL) path: binary COPY into a temporary staging table, then one set-based upsert on
/// (province_code, cccd) that also writes one "import" audit entry per resident, all in one transaction.
/// </summary>
internal sealed class PostgresPersonBatchWriter(CoSoDbContext db) : IPersonBatchWriter
{
    private const string CreateStaging = """
        CREATE TEMP TABLE people_import_staging (
            id uuid NOT NULL, audit_id uuid NOT NULL, province_code varchar(2) NOT NULL, org_unit_id uuid NOT NULL,
            village_id uuid, commune_code varchar(5), cccd varchar(12) NOT NULL, full_name varchar(100) NOT NULL,
            name_key varchar(100) NOT NULL, birth_date date, birth_year integer NOT NULL, sex integer NOT NULL,
            ethnicity_code varchar(2), phone varchar(15), address_line varchar(200), bhyt_number varchar(15),
            social_insurance_number varchar(10), bhyt_valid_from date, bhyt_valid_to date, bhyt_facility_code varchar(5)
        ) ON COMMIT DROP
        """;

    private const string CopySql = """
        COPY people_import_staging (id, audit_id, province_code, org_unit_id, village_id, commune_code, cccd, full_name,
            name_key, birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number,
            social_insurance_number, bhyt_valid_from, bhyt_valid_to, bhyt_facility_code) FROM STDIN (FORMAT BINARY)
        """;

    // xmax = 0 on a returned row means the row was inserted, not updated (a PostgreSQL idiom for upserts).
    private const string Upsert = """
        WITH upserted AS (
            INSERT INTO people (id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key,
                birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number, social_insurance_number,
                bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, is_deceased, moved_away, needs_duplicate_review,
                created_at, updated_at, version)
            SELECT id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key,
                birth_date, birth_year, sex, ethnicity_code, phone, address_line, bhyt_number, social_insurance_number,
                bhyt_valid_from, bhyt_valid_to, bhyt_facility_code, false, false, false, @now, @now, 1
            FROM people_import_staging
            ON CONFLICT (province_code, cccd) WHERE cccd IS NOT NULL DO UPDATE SET
                org_unit_id = EXCLUDED.org_unit_id, village_id = EXCLUDED.village_id, commune_code = EXCLUDED.commune_code,
                full_name = EXCLUDED.full_name, name_key = EXCLUDED.name_key, birth_date = EXCLUDED.birth_date,
                birth_year = EXCLUDED.birth_year, sex = EXCLUDED.sex, ethnicity_code = EXCLUDED.ethnicity_code,
                phone = EXCLUDED.phone, address_line = EXCLUDED.address_line, bhyt_number = EXCLUDED.bhyt_number,
                social_insurance_number = EXCLUDED.social_insurance_number, bhyt_valid_from = EXCLUDED.bhyt_valid_from,
                bhyt_valid_to = EXCLUDED.bhyt_valid_to, bhyt_facility_code = EXCLUDED.bhyt_facility_code,
                updated_at = EXCLUDED.updated_at, version = people.version + 1
            RETURNING id, province_code, cccd, (xmax = 0) AS inserted
        ), audited AS (
            INSERT INTO audit_entries (id, at, user_id, user_name, action, entity_type, entity_id, person_id, province_code)
            SELECT s.audit_id, @now, @user_id, @user_name, @action, 'Person', u.id, u.id, u.province_code
            FROM upserted u JOIN people_import_staging s ON s.province_code = u.province_code AND s.cccd = u.cccd
        )
        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted
        """;

    public async Task<(int Inserted, int Updated)> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var transaction = (NpgsqlTransaction)tx.GetDbTransaction();
            await using (var create = new NpgsqlCommand(CreateStaging, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            Copy(connection, batch);

            await using var upsert = new NpgsqlCommand(Upsert, connection, transaction);
            upsert.CommandTimeout = 600;
            upsert.Parameters.AddWithValue("now", now);
            upsert.Parameters.Add(new NpgsqlParameter("user_id", NpgsqlDbType.Uuid) { Value = (object?)db.Actor.UserId ?? DBNull.Value });
            upsert.Parameters.AddWithValue("user_name", db.Actor.UserName);
            upsert.Parameters.AddWithValue("action", AuditActions.Import);
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var result = ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
            await reader.DisposeAsync();
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The synchronous writer API: per-field async calls cost more than the occasional blocking buffer flush.
    private static void Copy(NpgsqlConnection connection, IReadOnlyList<Person> batch)
    {
        using var importer = connection.BeginBinaryImport(CopySql);
        foreach (var p in batch)
        {
            importer.StartRow();
            importer.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            importer.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            importer.Write(p.ProvinceCode, NpgsqlDbType.Varchar);
            importer.Write(p.OrgUnitId, NpgsqlDbType.Uuid);
            WriteNullable(importer, p.VillageId, NpgsqlDbType.Uuid);
            WriteNullable(importer, p.CommuneCode, NpgsqlDbType.Varchar);
            importer.Write(p.Cccd!, NpgsqlDbType.Varchar);
            importer.Write(p.FullName, NpgsqlDbType.Varchar);
            importer.Write(p.NameKey, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.BirthDate, NpgsqlDbType.Date);
            importer.Write(p.BirthYear, NpgsqlDbType.Integer);
            importer.Write((int)p.Sex, NpgsqlDbType.Integer);
            WriteNullable(importer, p.EthnicityCode, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.Phone, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.AddressLine, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.BhytNumber, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.SocialInsuranceNumber, NpgsqlDbType.Varchar);
            WriteNullable(importer, p.BhytValidFrom, NpgsqlDbType.Date);
            WriteNullable(importer, p.BhytValidTo, NpgsqlDbType.Date);
            WriteNullable(importer, p.BhytFacilityCode, NpgsqlDbType.Varchar);
        }

        importer.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            importer.Write(v, type);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
