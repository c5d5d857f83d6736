using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;

namespace CoSo.Web.Jobs;

/// <summary>
/// Drains notification_outbox every <c>Outbox:IntervalSeconds</c> (default 60) through the registered
/// <see cref="IOutboxSender"/>s, each for its channels (e-mail: the pickup directory; <c>fhir-rest-hook</c>: FHIR
/// Subscription notifications); a channel claimed by several senders goes to the one registered last (DI's rule).
/// A sender that is not configured (<see cref="IOutboxSender.IsEnabled"/>: the e-mail sender without
/// <c>Outbox:PickupDirectory</c>) is skipped; <c>Outbox:Enabled=false</c> turns the job off (tests drive the drainer).
/// </summary>
public sealed class OutboxSenderJob(IServiceScopeFactory scopes, CoSo.Data.Operations.LeasedJobRunner leases, IEnumerable<IOutboxSender> registered, TimeProvider time, IConfiguration configuration, ILogger<OutboxSenderJob> logger) : BackgroundService
{
    /// <summary>One sender per channel (the last registered for it), those that can deliver, in registration order.</summary>
    public static IReadOnlyList<IOutboxSender> ByChannel(IEnumerable<IOutboxSender> senders)
    {
        var all = senders.ToList();
        var owner = new Dictionary<string, IOutboxSender>(StringComparer.Ordinal);
        foreach (var s in all)
        {
            foreach (var channel in s.Channels)
            {
                owner[channel] = s;
            }
        }

        return all.Where(s => s.IsEnabled && s.Channels.Any(c => ReferenceEquals(owner[c], s))).Distinct().ToList();
    }

    private readonly IReadOnlyList<IOutboxSender> _senders = ByChannel(registered);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Outbox:Enabled", true) || _senders.Count == 0)
        {
            logger.LogInformation("Outbox sender off: Outbox:Enabled is false or no sender is configured (Outbox:PickupDirectory is empty)");
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
            var drainer = scope.ServiceProvider.GetRequiredService<OutboxDrainer>();
            foreach (var sender in _senders)
            {
                var (sent, failed) = await drainer.DrainAsync(sender, stoppingToken);
                if (sent + failed > 0)
                {
                    logger.LogInformation("Outbox drained ({Channels}): {Sent} sent, {Failed} failed", string.Join(",", sender.Channels), sent, failed);
                }
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
