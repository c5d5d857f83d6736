using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Inserts new alerts. On PostgreSQL (any number, so that the key check happens in one place): binary COPY into a temporary table, then one INSERT … ON CONFLICT DO NOTHING on
/// the (area, disease, week) key, so a national backfill of 100,000s of alerts takes seconds and two
/// concurrent runs cannot duplicate an alert. On SQLite (one station's server): EF Core.
/// </summary>
internal static class AlertBulkWriter
{
    private const string CreateStaging = """
        CREATE TEMP TABLE surveillance_alerts_staging (id uuid NOT NULL, province_code varchar(2) NOT NULL, org_unit_id uuid NOT NULL,
            disease_code varchar(40) NOT NULL, method varchar(10) NOT NULL, evidence varchar(40) NOT NULL, period varchar(10) NOT NULL, evaluated_on date NOT NULL,
            count integer NOT NULL, mean double precision, standard_deviation double precision, upper_bound double precision,
            statistic double precision, created_at timestamptz NOT NULL) ON COMMIT DROP
        """;

    private const string Copy = """
        COPY surveillance_alerts_staging (id, province_code, org_unit_id, disease_code, method, evidence, period, evaluated_on, count, mean,
            standard_deviation, upper_bound, statistic, created_at) FROM STDIN (FORMAT BINARY)
        """;

    private const string Insert = """
        INSERT INTO surveillance_alerts (id, province_code, org_unit_id, disease_code, method, evidence, period, evaluated_on, count, mean,
            standard_deviation, upper_bound, statistic, status, created_at, updated_at, version)
        SELECT id, province_code, org_unit_id, disease_code, method, evidence, period, evaluated_on, count, mean, standard_deviation,
            upper_bound, statistic, @status, created_at, created_at, 1
        FROM surveillance_alerts_staging
        ON CONFLICT (org_unit_id, disease_code, period) DO NOTHING
        """;

    public static async Task<int> WriteAsync(CoSoDbContext db, IReadOnlyList<SurveillanceAlert> alerts, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            db.Set<SurveillanceAlert>().AddRange(alerts);
            await db.SaveChangesAsync(ct);
            return alerts.Count;
        }

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

            await using (var writer = await connection.BeginBinaryImportAsync(Copy, ct))
            {
                foreach (var a in alerts)
                {
                    await writer.StartRowAsync(ct);
                    await writer.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(a.ProvinceCode, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.OrgUnitId, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(a.DiseaseCode, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.Method, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.Evidence, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.Period, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.EvaluatedOn, NpgsqlDbType.Date, ct);
                    await writer.WriteAsync(a.Count, NpgsqlDbType.Integer, ct);
                    await WriteNullableAsync(writer, a.Mean, ct);
                    await WriteNullableAsync(writer, a.StandardDeviation, ct);
                    await WriteNullableAsync(writer, a.UpperBound, ct);
                    await WriteNullableAsync(writer, a.Statistic, ct);
                    await writer.WriteAsync(a.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                }

                await writer.CompleteAsync(ct);
            }

            await using var insert = new NpgsqlCommand(Insert, connection, transaction) { CommandTimeout = 600 };
            insert.Parameters.AddWithValue("status", AlertStatus.New.ToString());
            var inserted = await insert.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, double? value, CancellationToken ct)
    {
        if (value is { } v)
        {
            await writer.WriteAsync(v, NpgsqlDbType.Double, ct);
        }
        else
        {
            await writer.WriteNullAsync(ct);
        }
    }
}
