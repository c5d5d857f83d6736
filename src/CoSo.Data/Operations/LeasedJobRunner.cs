using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Operations;

/// <summary>
/// Runs a background job's tick only on the node that holds the job's lease (ADR 0012). The lease is renewed every
/// third of its TTL while the work runs (the work is cancelled if it is lost) and is left to run out afterwards rather
/// than given back: the other nodes skip their ticks until it expires, and the holder keeps the job at its next tick.
/// A node that dies stops renewing; after the TTL another node takes the job over.
/// </summary>
public sealed class LeasedJobRunner(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>This node's name in the lease table: machine, process, and a per-start id (a restarted process is a new holder).</summary>
    public string Holder { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<bool> RunAsync(string job, TimeSpan ttl, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!await TryAcquireAsync(job, ttl, ct))
        {
            return false;
        }

        using var lost = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var done = new CancellationTokenSource();
        var renewing = RenewAsync(job, ttl, lost, done.Token);
        try
        {
            await work(lost.Token);
        }
        finally
        {
            await done.CancelAsync();
            await renewing;
        }

        return true;
    }

    public async Task ReleaseAsync(string job, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job, Holder, ct);
    }

    private async Task<bool> TryAcquireAsync(string job, TimeSpan ttl, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(job, Holder, ttl, ct);
    }

    private async Task RenewAsync(string job, TimeSpan ttl, CancellationTokenSource lost, CancellationToken done)
    {
        try
        {
            while (true)
            {
                await Task.Delay(ttl / 3, time, done);
                if (!await TryAcquireAsync(job, ttl, done))
                {
                    // Another node holds it now (this one was paused past the TTL): stop working at once.
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception) when (!done.IsCancellationRequested)
        {
            // The database is unreachable: the lease cannot be kept, so the work must not go on as if it were.
            await lost.CancelAsync();
        }
    }
}
