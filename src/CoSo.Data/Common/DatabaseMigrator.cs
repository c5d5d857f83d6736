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
        await db.Database.MigrateAsync(ct);
        await referenceData.EnsureLoadedAsync(ct);
    }
}
