using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoSo.IntegrationTests.Import;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file, or a PostgreSQL database created on the server named by
/// COSO_TEST_POSTGRES. A missing PostgreSQL is a failure, never a skip (house style).
/// </summary>
public sealed class ImportTestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _sqlitePath;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private ImportTestDatabase(ServiceProvider services, string? sqlitePath, string? postgresServer, string? postgresDatabase)
    {
        _services = services;
        _sqlitePath = sqlitePath;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
    }

    public static async Task<ImportTestDatabase> CreateAsync(string provider)
    {
        ImportTestDatabase database;
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("COSO_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                throw new InvalidOperationException("COSO_TEST_POSTGRES is not set: PostgreSQL tests need a server (scripts/test.sh starts one). They are not skipped.");
            }

            var name = "coso_import_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            database = new ImportTestDatabase(Build(new DatabaseSettings(DatabaseProvider.PostgreSql, cs)), null, server, name);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"coso-import-{Guid.NewGuid():N}.db");
            database = new ImportTestDatabase(Build(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False")), path, null, null);
        }

        await using var scope = database._services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return database;
    }

    /// <summary>A new DI scope: resolve the context, or create data-layer classes with <see cref="ActivatorUtilities"/>.</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqlitePath is not null)
        {
            File.Delete(_sqlitePath);
        }

        if (_postgresServer is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static ServiceProvider Build(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICurrentActor>(new SystemActor("system:test"));
        services.AddCoSoData(settings);
        return services.BuildServiceProvider();
    }
}
