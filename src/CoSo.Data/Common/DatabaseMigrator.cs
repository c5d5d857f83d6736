using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoSo.Data.Common;

/// <summary>Applies the provider's migrations, then loads reference data that is missing.</summary>
public sealed class DatabaseMigrator(CoSoDbContext db, ReferenceDataLoader referenceData, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        if (db.Database.IsSqlite())
        {
            // Write-ahead log (kept in the file once set): readers no longer wait for a writer, and a commit appends to
            // the log with one fsync instead of a rollback journal's create, two fsyncs and delete. synchronous stays
            // FULL (the default), so a commit acknowledged to a user survives a power cut (ADR 0011, audit load).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await db.Database.MigrateAsync(ct);
        await referenceData.EnsureLoadedAsync(ct);
    }
}
