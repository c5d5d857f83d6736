using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Stores an <see cref="AlertPlan"/> inside the caller's transaction. On PostgreSQL (a national backfill stores
/// 100,000s of weeks): binary COPY of the new alerts and weeks, and one UPDATE … FROM a COPY'd temporary table for
/// the alerts continued; the caller holds the advisory lock, so nothing can conflict. On SQLite (one station's server):
/// EF Core, one UPDATE per continued alert. A continued alert's status, workflow and version are left alone: the
/// version guards the workflow, and a week added by the job does not make a user's status change stale.
/// </summary>
internal static class AlertBulkWriter
{
    private const string CopyAlerts = """
        COPY surveillance_alerts (id, province_code, org_unit_id, disease_code, method, evidence, period, last_period, week_count, evaluated_on,
            count, mean, standard_deviation, upper_bound, statistic, status, created_at, updated_at, version) FROM STDIN (FORMAT BINARY)
        """;

    private const string CopyWeeks = """
        COPY surveillance_alert_weeks (org_unit_id, disease_code, period, alert_id, evaluated_on, method, evidence, count, mean,
            standard_deviation, upper_bound, statistic, created_at) FROM STDIN (FORMAT BINARY)
        """;

    private const string CreateStaging = """
        CREATE TEMP TABLE surveillance_alerts_continued (id uuid NOT NULL, period varchar(10) NOT NULL, last_period varchar(10) NOT NULL,
            week_count integer NOT NULL, evaluated_on date NOT NULL, method varchar(10) NOT NULL, evidence varchar(40) NOT NULL, count integer NOT NULL,
            mean double precision, standard_deviation double precision, upper_bound double precision, statistic double precision,
            updated_at timestamptz NOT NULL) ON COMMIT DROP
        """;

    private const string CopyStaging = """
        COPY surveillance_alerts_continued (id, period, last_period, week_count, evaluated_on, method, evidence, count, mean,
            standard_deviation, upper_bound, statistic, updated_at) FROM STDIN (FORMAT BINARY)
        """;

    private const string Update = """
        UPDATE surveillance_alerts a SET period = s.period, last_period = s.last_period, week_count = s.week_count, evaluated_on = s.evaluated_on,
            method = s.method, evidence = s.evidence, count = s.count, mean = s.mean, standard_deviation = s.standard_deviation,
            upper_bound = s.upper_bound, statistic = s.statistic, updated_at = s.updated_at
        FROM surveillance_alerts_continued s WHERE a.id = s.id
        """;

    public static async Task WriteAsync(CoSoDbContext db, AlertPlan plan, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            await WriteWithEfAsync(db, plan, ct);
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The alerts are written inside the run's transaction.");
        if (plan.Created.Count > 0)
        {
            await using var writer = await connection.BeginBinaryImportAsync(CopyAlerts, ct);
            foreach (var a in plan.Created)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(a.ProvinceCode, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.OrgUnitId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(a.DiseaseCode, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.Method, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.Evidence, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.Period, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.LastPeriod, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.WeekCount, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(a.EvaluatedOn, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(a.Count, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(writer, a.Mean, ct);
                await WriteNullableAsync(writer, a.StandardDeviation, ct);
                await WriteNullableAsync(writer, a.UpperBound, ct);
                await WriteNullableAsync(writer, a.Statistic, ct);
                await writer.WriteAsync(a.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(a.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(a.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(a.Version, NpgsqlDbType.Integer, ct);
            }

            await writer.CompleteAsync(ct);
        }

        if (plan.Weeks > 0)
        {
            await using var writer = await connection.BeginBinaryImportAsync(CopyWeeks, ct);
            foreach (var w in plan.Created.SelectMany(a => a.WeeklyEvidence).Concat(plan.Added))
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(w.OrgUnitId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(w.DiseaseCode, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(w.Period, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(w.AlertId, NpgsqlDbType.Uuid, ct);
                await writer.WriteAsync(w.EvaluatedOn, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(w.Method, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(w.Evidence, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(w.Count, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(writer, w.Mean, ct);
                await WriteNullableAsync(writer, w.StandardDeviation, ct);
                await WriteNullableAsync(writer, w.UpperBound, ct);
                await WriteNullableAsync(writer, w.Statistic, ct);
                await writer.WriteAsync(w.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            }

            await writer.CompleteAsync(ct);
        }

        if (plan.Extended.Count > 0)
        {
            await using (var create = new NpgsqlCommand(CreateStaging, connection, transaction))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            await using (var writer = await connection.BeginBinaryImportAsync(CopyStaging, ct))
            {
                foreach (var a in plan.Extended)
                {
                    await writer.StartRowAsync(ct);
                    await writer.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                    await writer.WriteAsync(a.Period, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.LastPeriod, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.WeekCount, NpgsqlDbType.Integer, ct);
                    await writer.WriteAsync(a.EvaluatedOn, NpgsqlDbType.Date, ct);
                    await writer.WriteAsync(a.Method, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.Evidence, NpgsqlDbType.Varchar, ct);
                    await writer.WriteAsync(a.Count, NpgsqlDbType.Integer, ct);
                    await WriteNullableAsync(writer, a.Mean, ct);
                    await WriteNullableAsync(writer, a.StandardDeviation, ct);
                    await WriteNullableAsync(writer, a.UpperBound, ct);
                    await WriteNullableAsync(writer, a.Statistic, ct);
                    await writer.WriteAsync(a.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
                }

                await writer.CompleteAsync(ct);
            }

            await using var update = new NpgsqlCommand(Update, connection, transaction) { CommandTimeout = 600 };
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task WriteWithEfAsync(CoSoDbContext db, AlertPlan plan, CancellationToken ct)
    {
        db.Set<SurveillanceAlert>().AddRange(plan.Created);
        db.Set<SurveillanceAlertWeek>().AddRange(plan.Added);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var a in plan.Extended)
        {
            await db.Set<SurveillanceAlert>().Where(x => x.Id == a.Id).ExecuteUpdateAsync(
                u => u.SetProperty(x => x.Period, a.Period).SetProperty(x => x.LastPeriod, a.LastPeriod).SetProperty(x => x.WeekCount, a.WeekCount)
                    .SetProperty(x => x.EvaluatedOn, a.EvaluatedOn).SetProperty(x => x.Method, a.Method).SetProperty(x => x.Evidence, a.Evidence)
                    .SetProperty(x => x.Count, a.Count).SetProperty(x => x.Mean, a.Mean).SetProperty(x => x.StandardDeviation, a.StandardDeviation)
                    .SetProperty(x => x.UpperBound, a.UpperBound).SetProperty(x => x.Statistic, a.Statistic).SetProperty(x => x.UpdatedAt, a.UpdatedAt),
                ct);
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
