using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands;
using CoSo.IntegrationTests.Infrastructure;
using Npgsql;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 7 (docs/security.md, "Audit integrity on PostgreSQL"): the web app's role can add and read audit rows
// but not change, delete or truncate them; the owner cannot truncate them either (a statement trigger).
public sealed class AuditIntegrityTests
{
    [Fact]
    public async Task The_app_role_appends_and_reads_audit_rows_but_cannot_update_delete_or_truncate_them()
    {
        var owner = await TestDatabase.CreateAsync(TestDatabase.Postgres, "coso_audit_roles");
        var role = "coso_app_" + Guid.NewGuid().ToString("N")[..8];
        await ExecAsync(owner, $"CREATE ROLE {role} LOGIN");
        Assert.Equal(0, Run("db", "grant", "--app-role", role, "--database", owner));

        var app = new NpgsqlConnectionStringBuilder(owner) { Username = role }.ConnectionString;
        var id = Guid.NewGuid();
        await ExecAsync(app, $"INSERT INTO audit_entries (id, at, user_name, action, entity_type) VALUES ('{id}', now(), 'probe', 'read', 'test')");
        Assert.Equal(1L, await ScalarAsync(app, $"SELECT count(*) FROM audit_entries WHERE id = '{id}'"));

        foreach (var sql in new[] { $"UPDATE audit_entries SET action = 'x' WHERE id = '{id}'", $"DELETE FROM audit_entries WHERE id = '{id}'", "TRUNCATE audit_entries" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(app, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        // The read trail (one row per request, ADR 0011) is held the same way.
        await ExecAsync(app, $"INSERT INTO audit_reads (id, at, user_name, action, source, person_ids) VALUES ('{id}', now(), 'probe', 'read', 'test', ARRAY['{id}']::uuid[])");
        Assert.Equal(1L, await ScalarAsync(app, $"SELECT count(*) FROM audit_reads WHERE person_ids @> ARRAY['{id}']::uuid[]"));
        foreach (var sql in new[] { $"UPDATE audit_reads SET action = 'x' WHERE id = '{id}'", $"DELETE FROM audit_reads WHERE id = '{id}'", "TRUNCATE audit_reads" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(app, sql));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(owner, "TRUNCATE audit_reads"))).MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(owner, $"DELETE FROM audit_reads WHERE id = '{id}'"))).MessageText, StringComparison.Ordinal);

        // The same role still writes the rest of the database.
        await ExecAsync(app, "UPDATE org_units SET name = name WHERE false");
        // Even the owner cannot truncate the trail (the row triggers already refuse its updates and deletes).
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => ExecAsync(owner, "TRUNCATE audit_entries"));
        Assert.Contains("append-only", truncate.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync(owner, $"SELECT count(*) FROM audit_entries WHERE id = '{id}'"));
    }

    [Fact]
    public void Grant_refuses_a_role_name_that_is_not_an_identifier()
    {
        Assert.Equal(2, Run("db", "grant", "--app-role", "x\"; DROP TABLE people; --", "--database", "Data Source=:memory:"));
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string cs, string sql)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static int Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        return CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
