using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;
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

            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }

        await using var sp = Services(cs);
        await using var scope = sp.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return cs;
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
