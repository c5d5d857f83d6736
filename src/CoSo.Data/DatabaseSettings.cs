using Microsoft.Extensions.Configuration;

namespace CoSo.Data;

/// <summary>
/// Which store to use: `COSO_DATABASE` or `ConnectionStrings:CoSo`. A PostgreSQL connection string
/// ("Host=…") selects PostgreSQL; anything else is a SQLite file, by default `coso.db` in the working directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=coso.db";

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

        return Parse(string.IsNullOrWhiteSpace(value) ? DefaultSqlite : value);
    }

    public static DatabaseSettings Parse(string value)
    {
        var isPostgres = value.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        return new DatabaseSettings(isPostgres ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, value);
    }
}
