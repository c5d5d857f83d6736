using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.IntegrationTests.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, migrated database of one provider. PostgreSQL comes from COSO_TEST_POSTGRES (set by scripts/test.sh);
/// when it is missing the PostgreSQL tests FAIL: a silent skip would hide that half the data tests never ran.
/// </summary>
public static class TestDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    public static async Task<string> CreateAsync(string provider, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        string cs;
        if (provider == Sqlite)
        {
            cs = $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("COSO_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException("COSO_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
            }

            if (PartitionedSchema.Requested)
            {
                // The Citus-shaped schema (ADR 0017): a copy of one template partitioned once per test process.
                var template = await PartitionedTemplateAsync(server);
                await ExecuteOnServerAsync(server, $"CREATE DATABASE {name} TEMPLATE {template}");
                return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            }

            await ExecuteOnServerAsync(server, $"CREATE DATABASE {name}");
            cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        await using var sp = Services(cs);
        await using var scope = sp.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return cs;
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? partitionedTemplate;

    /// <summary>
    /// Migrations up to <see cref="PartitionedSchema.DistributedAfter"/>, then every distributed table partitioned
    /// by its distribution column, then the later migrations and the reference data applied to that shape.
    /// </summary>
    private static async Task<string> PartitionedTemplateAsync(string server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (partitionedTemplate is not null)
            {
                return partitionedTemplate;
            }

            var name = $"coso_partitioned_{Guid.NewGuid():N}"[..40];
            await ExecuteOnServerAsync(server, $"CREATE DATABASE {name}");
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            await using (var sp = Services(cs))
            {
                await using var scope = sp.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
                await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(PartitionedSchema.DistributedAfter);
            }

            await PartitionedSchema.PartitionAsync(cs);
            await using (var sp = Services(cs))
            {
                await using var scope = sp.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            }

            return partitionedTemplate = name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Services over a database acting as the national "system" actor (for arranging and checking data).</summary>
    public static ServiceProvider Services(string connectionString, ICurrentActor? actor = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(actor ?? new SystemActor("system:test"));
        services.AddCoSoData(DatabaseSettings.Parse(connectionString));
        return services.BuildServiceProvider();
    }

    public static async Task<T> WithDbAsync<T>(string connectionString, Func<CoSoDbContext, Task<T>> work)
    {
        await using var sp = Services(connectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await work(db);
    }

    /// <summary>The read audit rows that list the resident (one row per request or page operation, ADR 0011).</summary>
    public static Task<IReadOnlyList<CoSo.Core.Audit.ReadAuditEntry>> ReadsOfAsync(string cs, Guid personId) =>
        WithDbAsync(cs, db => new CoSo.Data.Audit.AuditQuery(db).ReadsOfAsync(personId));

    public static Task<int> CountAsync<TEntity>(string cs, Func<IQueryable<TEntity>, IQueryable<TEntity>>? filter = null)
        where TEntity : class =>
        WithDbAsync(cs, db => (filter ?? (q => q))(db.Set<TEntity>().IgnoreQueryFilters()).CountAsync());
}
