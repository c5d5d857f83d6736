using CoSo.Data.Indicators;

namespace CoSo.Web.Jobs;

/// <summary>Every minute, recomputes the (station, month) pairs that person-level writes marked dirty.</summary>
public sealed partial class IndicatorRecomputeJob(IServiceScopeFactory scopes, CoSo.Data.Operations.LeasedJobRunner leases, IConfiguration configuration, ILogger<IndicatorRecomputeJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("CoSo:Indicators:RecomputeJob", true))
        {
            return;
        }

        // A first pass at start-up (the demo seed or writes made while the server was down left marks), then every minute.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                // One node at a time recomputes (ADR 0012): the others skip their tick while the holder's lease runs.
                await leases.RunAsync("indicator-recompute", TimeSpan.FromMinutes(3), RunOnceAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The lease could not be read (database unreachable): the next tick tries again.
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        using var activity = Infrastructure.CoSoTelemetry.StartJob("indicator-recompute");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The job acts as itself: the whole tree, and only what it writes (ComputeIndicators).
            scope.ServiceProvider.GetRequiredService<Infrastructure.Auth.HttpCurrentActor>().InitializeSystem("system:indicators", new HashSet<CoSo.Core.Identity.Capability> { CoSo.Core.Identity.Capability.ComputeIndicators });
            var summary = await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync(stoppingToken);
            if (summary.Pairs > 0)
            {
                LogRecomputed(summary.Pairs, summary.ResultsWritten);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The marks stay in place, so the next tick retries; the job must not die with the host still up.
            Infrastructure.CoSoTelemetry.JobFailed(activity, "indicator-recompute", e);
            LogFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indicators recomputed: {Pairs} unit-months, {Results} results")]
    private partial void LogRecomputed(int pairs, int results);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indicator recomputation failed")]
    private partial void LogFailed(Exception e);
}
