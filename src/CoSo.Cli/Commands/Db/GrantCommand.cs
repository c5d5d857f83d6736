using System.CommandLine;
using System.Text.RegularExpressions;
using CoSo.Cli.Infrastructure;
using CoSo.Data;
using CoSo.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Db;

/// <summary>
/// `coso db grant --app-role NAME` (PostgreSQL; run as the owner role that runs the migrations): gives the role the web
/// app connects as what it needs — read and write every table — except changing the audit trail: on
/// <c>audit_entries</c> it may only INSERT and SELECT (no UPDATE, DELETE or TRUNCATE), and it owns nothing, so it cannot
/// drop the triggers either. Default privileges cover the tables later migrations create. docs/security.md.
/// </summary>
public static partial class GrantCommand
{
    public static Command Build()
    {
        var role = new Option<string>("--app-role") { Description = "Vai trò PostgreSQL mà ứng dụng web dùng / the PostgreSQL role the web app connects as", Required = true };
        var grant = new Command("grant", "Cấp quyền cho vai trò của ứng dụng (nhật ký chỉ được thêm) / grant the app role its rights (audit append-only)");
        grant.Options.Add(role);
        grant.Options.Add(DbCommands.DatabaseOption);
        grant.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(role)!.Trim();
            if (!RoleName().IsMatch(name))
            {
                await Console.Error.WriteLineAsync("--app-role: tên vai trò không hợp lệ / not a valid role name (letters, digits, _)");
                return 2;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            if (sp.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.PostgreSql)
            {
                await Console.Error.WriteLineAsync("db grant: chỉ dùng cho PostgreSQL / PostgreSQL only (SQLite has no roles)");
                return 2;
            }

            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            foreach (var sql in Statements(name))
            {
                await db.Database.ExecuteSqlRawAsync(sql, ct);
            }

            await Console.Error.WriteLineAsync($"Đã cấp quyền cho / granted to {name}: đọc, ghi mọi bảng; audit_entries chỉ INSERT, SELECT / read-write, audit append-only");
            return 0;
        });
        return grant;
    }

    public static IEnumerable<string> Statements(string role) =>
    [
        $"GRANT USAGE ON SCHEMA public TO \"{role}\"",
        $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"{role}\"",
        $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \"{role}\"",
        $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entries FROM \"{role}\"",
        $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_reads FROM \"{role}\"",
        $"REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM \"{role}\"",
        $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \"{role}\"",
        $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO \"{role}\"",
    ];

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
