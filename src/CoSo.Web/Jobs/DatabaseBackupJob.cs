using CoSo.Data;
using CoSo.Data.Operations;

namespace CoSo.Web.Jobs;

/// <summary>
/// The embedded SQLite store's scheduled online backup (docs/deployment.md): every <c>CoSo:Backup:IntervalMinutes</c>
/// (default 360) a <c>VACUUM INTO</c> copy into <c>CoSo:Backup:Directory</c>, keeping the <c>CoSo:Backup:Keep</c> newest
/// (default 28: a week). Off without a directory. PostgreSQL is backed up by the server's WAL archive and a scheduled
/// <c>coso db backup</c>, not by the web nodes.
/// </summary>
public sealed class DatabaseBackupJob(LeasedJobRunner leases, DatabaseSettings settings, TimeProvider time, IConfiguration configuration, ILogger<DatabaseBackupJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var directory = configuration["CoSo:Backup:Directory"];
        if (settings.Provider != DatabaseProvider.Sqlite || string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("CoSo:Backup:IntervalMinutes", 360)));
        var keep = Math.Max(1, configuration.GetValue("CoSo:Backup:Keep", 28));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The lease outlives the run: a second process on the same file does not copy it again this interval.
                await leases.RunAsync("database-backup", interval, ct => BackupOnceAsync(directory, keep, ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Backup lease unavailable");
            }

            await Task.Delay(interval, time, stoppingToken);
        }
    }

    private async Task BackupOnceAsync(string directory, int keep, CancellationToken ct)
    {
        using var activity = Infrastructure.CoSoTelemetry.StartJob("database-backup");
        try
        {
            // The copy reads the file below the data layer (no scope filters, no actor): it is the whole database by design.
            var file = await new SqliteBackup(time).BackupAsync(settings.ConnectionString, directory, ct);
            var removed = SqliteBackup.Prune(directory, keep);
            logger.LogInformation("Database backed up to {File} ({Bytes} bytes), {Removed} old copies removed", Path.GetFileName(file), new FileInfo(file).Length, removed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed copy leaves the earlier ones in place; the next interval tries again. Counted in coso.job.failures.
            Infrastructure.CoSoTelemetry.JobFailed(activity, "database-backup", e);
            logger.LogError(e, "Database backup failed");
        }
    }
}
