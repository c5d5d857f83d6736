using System.Threading.Channels;
using CoSo.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Audit;

/// <summary>
/// Group commit of the read trail (ADR 0011). A request that only read — its SaveChanges has nothing to write but the
/// <see cref="ReadAuditEntry"/> rows of what it showed — hands them here and waits until they are committed, so its
/// answer still leaves only after its audit row is stored. Requests arriving while a commit runs are written together
/// in the next one: one transaction (one log flush) for all of them instead of one each. On SQLite, whose writers take
/// turns, that turned 8 concurrent searches' commits into one queue per flush. A failed commit fails every request
/// of the batch, as its own SaveChanges would have.
/// </summary>
public sealed class ReadAuditWriter(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly Channel<(IReadOnlyList<ReadAuditEntry> Rows, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<ReadAuditEntry>, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _start = new();
    private Task? _loop;

    /// <summary>Stores the rows with the next group commit; completes when they are committed.</summary>
    public Task WriteAsync(IReadOnlyList<ReadAuditEntry> rows, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite((rows, done)), this);

        lock (_start)
        {
            _loop ??= Task.Run(RunAsync, CancellationToken.None);
        }

        // The request may stop waiting (aborted); the rows are still written.
        return done.Task.WaitAsync(ct);
    }

    private async Task RunAsync()
    {
        var batch = new List<(IReadOnlyList<ReadAuditEntry> Rows, TaskCompletionSource Done)>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
                db.ReadAudits.AddRange(batch.SelectMany(b => b.Rows));
                await db.SaveChangesAsync();
                foreach (var (_, done) in batch)
                {
                    done.TrySetResult();
                }
            }
#pragma warning disable CA1031 // the failure goes to every waiting request; the loop must go on for the next batch
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop;
        }
    }
}
