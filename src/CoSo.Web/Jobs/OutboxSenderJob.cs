using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;

namespace CoSo.Web.Jobs;

/// <summary>
/// Drains notification_outbox every <c>Outbox:IntervalSeconds</c> (default 60) through the registered
/// <see cref="IOutboxSender"/>. Off when <c>Outbox:PickupDirectory</c> is empty (the default sender has nowhere to write),
/// unless another sender is registered.
/// </summary>
public sealed class OutboxSenderJob(IServiceScopeFactory scopes, CoSo.Data.Operations.LeasedJobRunner leases, IOutboxSender sender, TimeProvider time, IConfiguration configuration, ILogger<OutboxSenderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (sender is PickupDirectoryOutboxSender { Directory: null })
        {
            logger.LogInformation("Outbox sender off: Outbox:PickupDirectory is empty");
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Outbox:IntervalSeconds", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One node at a time drains the outbox (ADR 0012), so a message is never sent twice by two nodes.
                await leases.RunAsync("outbox", interval * 3, DrainOnceAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Outbox lease unavailable");
            }

            await Task.Delay(interval, time, stoppingToken);
        }
    }

    private async Task DrainOnceAsync(CancellationToken stoppingToken)
    {
        using var activity = Infrastructure.CoSoTelemetry.StartJob("outbox");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The job acts as itself: the whole tree, and only what it writes (ManageAlerts).
            scope.ServiceProvider.GetRequiredService<Infrastructure.Auth.HttpCurrentActor>().InitializeSystem("system:outbox", new HashSet<CoSo.Core.Identity.Capability> { CoSo.Core.Identity.Capability.ManageAlerts });
            var (sent, failed) = await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainAsync(sender, stoppingToken);
            if (sent + failed > 0)
            {
                logger.LogInformation("Outbox drained: {Sent} sent, {Failed} failed", sent, failed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may be briefly unreachable: try again at the next tick.
            Infrastructure.CoSoTelemetry.JobFailed(activity, "outbox", e);
            logger.LogError(e, "Outbox drain failed");
        }
    }
}
