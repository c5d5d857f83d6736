using CoSo.Core.Surveillance.Alerts;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>
/// Sends the outbox's unsent messages, oldest first: a success sets <see cref="OutboxMessage.SentAt"/>, a failure
/// counts the attempt and keeps the error, and the message waits 2^attempts minutes (at most a day) before the next
/// try. Each message is saved on its own, so one failure never undoes another's success.
/// </summary>
public sealed class OutboxDrainer(CoSoDbContext db, TimeProvider time)
{
    public const int BatchSize = 100;

    public async Task<(int Sent, int Failed)> DrainAsync(IOutboxSender sender, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var now = time.GetUtcNow();
        var channels = sender.Channels.ToList();
        var candidates = await db.Set<OutboxMessage>().Where(m => m.SentAt == null && channels.Contains(m.Channel))
            .OrderBy(m => m.CreatedAt).Take(BatchSize * 5).ToListAsync(ct);
        var due = candidates.Where(m => m.LastAttemptAt is not { } last || last + Backoff(m.Attempts) <= now).Take(BatchSize).ToList();
        var unitIds = due.Select(m => m.RecipientOrgUnitId).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var (sent, failed) = (0, 0);
        foreach (var message in due)
        {
            try
            {
                await sender.SendAsync(message, names.GetValueOrDefault(message.RecipientOrgUnitId, string.Empty), ct);
                message.SentAt = time.GetUtcNow();
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastAttemptAt = time.GetUtcNow();
                var error = $"{e.GetType().Name}: {e.Message}";
                message.LastError = error.Length > 1000 ? error[..1000] : error;
                failed++;
            }

            await db.SaveChangesAsync(ct);
        }

        return (sent, failed);
    }

    /// <summary>Wait before retrying after <paramref name="attempts"/> failures: 1, 2, 4 … minutes, at most a day.</summary>
    public static TimeSpan Backoff(int attempts) => attempts <= 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(Math.Min(1440, Math.Pow(2, Math.Min(attempts - 1, 11))));
}
