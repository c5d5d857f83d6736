using Microsoft.Extensions.Configuration;

namespace CoSo.Data;

/// <summary>
/// Which store to use: `COSO_DATABASE` or `ConnectionStrings:CoSo`. A PostgreSQL connection string
/// ("Host=…") selects PostgreSQL; anything else is a SQLite file, by default `coso.db` in the working directory.
/// `COSO_READ_DATABASE` or `CoSo:ReadDatabase` optionally names where heavy reads go (a standby; ADR 0016).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=coso.db";

    /// <summary>
    /// The read database for heavy reads declared per use (<see cref="Operations.IReadOnlyDbContextFactory"/>), typically
    /// `Host=db1,db2;…;Target Session Attributes=prefer-standby`; null: those reads use <see cref="ConnectionString"/>.
    /// </summary>
    public string? ReadConnectionString { get; init; }

    /// <summary>How long a read waits for the standby to replay the primary's writes before reading the primary instead.</summary>
    public TimeSpan ReadMaxWait { get; init; } = TimeSpan.FromSeconds(5);

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var value = Environment.GetEnvironmentVariable("COSO_DATABASE");
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration["COSO_DATABASE"];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString("CoSo");
        }

        var settings = Parse(string.IsNullOrWhiteSpace(value) ? DefaultSqlite : value);
        var read = Environment.GetEnvironmentVariable("COSO_READ_DATABASE");
        if (string.IsNullOrWhiteSpace(read))
        {
            read = configuration["CoSo:ReadDatabase"];
        }

        return string.IsNullOrWhiteSpace(read) ? settings : settings.WithReadDatabase(read);
    }

    /// <summary>These settings with heavy reads sent to <paramref name="readConnectionString"/> (same provider only).</summary>
    public DatabaseSettings WithReadDatabase(string readConnectionString)
    {
        if (Parse(readConnectionString).Provider != Provider)
        {
            throw new InvalidOperationException("CoSo:ReadDatabase must use the same store as the primary database (PostgreSQL with PostgreSQL, SQLite with SQLite).");
        }

        return this with { ReadConnectionString = readConnectionString };
    }

    public static DatabaseSettings Parse(string value)
    {
        var isPostgres = value.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        return new DatabaseSettings(isPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, value);
    }
}
