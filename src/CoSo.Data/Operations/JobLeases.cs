using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Operations;

/// <summary>
/// Takes and gives back job leases with single conditional statements, so two nodes racing for one lease cannot both
/// win: the UPDATE only matches a row that is free (expired) or already this holder's; the first INSERT of a job's row
/// is guarded by its primary key. Times are the nodes' clocks (keep them on NTP; the TTL dwarfs their skew).
/// </summary>
public sealed class JobLeases(CoSoDbContext db, TimeProvider time)
{
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan ttl, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var until = now + ttl;
        var renewed = await db.JobLeases
            .Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), ct);
        if (renewed == 1)
        {
            return true;
        }

        var taken = await db.JobLeases
            .Where(l => l.Name == job && l.ExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.AcquiredAt, now).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = job, Holder = holder, AcquiredAt = now, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the job's row first: it holds the lease.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease back at once (a node shutting down cleanly), so another node need not wait for the TTL.</summary>
    public Task<int> ReleaseAsync(string job, string holder, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct);
    }

    public Task<JobLease?> FindAsync(string job, CancellationToken ct = default) =>
        db.JobLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == job, ct);
}
