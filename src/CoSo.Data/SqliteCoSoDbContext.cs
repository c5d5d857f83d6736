using CoSo.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoSo.Data;

/// <summary>The embedded store (one station, a demo, a laptop); owns Migrations/Sqlite.</summary>
public sealed class SqliteCoSoDbContext(DbContextOptions<SqliteCoSoDbContext> options, ICurrentActor actor, TimeProvider time)
    : CoSoDbContext(options, actor, time)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native instant or decimal type: store instants as sortable UTC ticks and decimals as REAL,
        // so that ordering and comparisons happen in SQL rather than on the client.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
