namespace CoSo.Web.Fhir.Export;

/// <summary>
/// Deletes expired bulk exports and their files every <c>CoSo:Fhir:ExportSweepMinutes</c> (10 by default), on every
/// node: each removes what it finds under its export directory, and deleting twice is harmless.
/// </summary>
public sealed class BulkExportSweeper(IServiceScopeFactory scopes, BulkExportJobs jobs, TimeProvider time, IConfiguration configuration, ILogger<BulkExportSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("CoSo:Fhir:ExportSweepMinutes", 10)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
                await SweepOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<(int Jobs, int Orphans)> SweepOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Infrastructure.Auth.HttpCurrentActor>().InitializeSystem("system:fhir-export-sweeper", new HashSet<CoSo.Core.Identity.Capability>());
            var swept = await jobs.SweepAsync(scope.ServiceProvider.GetRequiredService<CoSo.Data.CoSoDbContext>(), ct);
            if (swept.Jobs + swept.Orphans > 0)
            {
                logger.LogInformation("FHIR exports swept: {Jobs} expired, {Orphans} orphan directories", swept.Jobs, swept.Orphans);
            }

            return swept;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("FHIR export sweep failed: {ExceptionType}", e.GetType().Name);
            return (0, 0);
        }
    }
}
