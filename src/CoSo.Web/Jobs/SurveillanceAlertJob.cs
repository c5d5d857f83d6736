using CoSo.Core.Common;
using CoSo.Data.Surveillance;

namespace CoSo.Web.Jobs;

/// <summary>Runs the alert computation once at start and then every day shortly after midnight (Vietnam time).</summary>
public sealed class SurveillanceAlertJob(IServiceScopeFactory scopes, CoSo.Data.Operations.LeasedJobRunner leases, TimeProvider time, IConfiguration configuration, IHostEnvironment environment, ILogger<SurveillanceAlertJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off in tests, which run the computation on chosen dates themselves.
        if (!configuration.GetValue("CoSo:SurveillanceJob", !environment.IsEnvironment("Testing")))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One node at a time computes the day's alerts (ADR 0012): the lease outlives the run, so the other
                // nodes waking at the same half past midnight skip it.
                await leases.RunAsync("surveillance-alerts", TimeSpan.FromHours(1), RunOnceAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Surveillance alert lease unavailable");
            }

            var local = VietnamClock.ToLocal(time.GetUtcNow());
            var next = new DateTimeOffset(local.Date.AddDays(1).AddMinutes(30), local.Offset);
            await Task.Delay(next - local, time, stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        using var activity = Infrastructure.CoSoTelemetry.StartJob("surveillance-alerts");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The job acts as itself: the whole tree, and only what it writes (ManageAlerts).
            scope.ServiceProvider.GetRequiredService<Infrastructure.Auth.HttpCurrentActor>().InitializeSystem("system:surveillance-alerts", new HashSet<CoSo.Core.Identity.Capability> { CoSo.Core.Identity.Capability.ManageAlerts });
            // Last week too: its late reports (cases entered after Sunday) still raise last week's alerts.
            var today = VietnamClock.Today(time);
            var run = await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(today.AddDays(-7), today, stoppingToken);
            logger.LogInformation("Surveillance alerts computed: {Created} new, {Continued} continued", run.Created, run.Continued);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run must not stop tomorrow's: log and wait.
            Infrastructure.CoSoTelemetry.JobFailed(activity, "surveillance-alerts", e);
            logger.LogError(e, "Surveillance alert run failed");
        }
    }
}
