using System.CommandLine;
using CoSo.Cli.Infrastructure;
using CoSo.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Db;

public static class DbCommands
{
    public static Option<string?> DatabaseOption { get; } = new("--database")
    {
        Description = "Chuỗi kết nối (mặc định: COSO_DATABASE hoặc SQLite coso.db) / connection string",
    };

    public static Command Build()
    {
        var db = new Command("db", "Cơ sở dữ liệu / database");
        var migrate = new Command("migrate", "Áp dụng migration và nạp dữ liệu danh mục / apply migrations and load reference data");
        migrate.Options.Add(DatabaseOption);
        migrate.SetAction(async (parse, ct) =>
        {
            await using var sp = CliHost.Build(parse.GetValue(DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            await Console.Error.WriteLineAsync("Đã cập nhật cơ sở dữ liệu / database is up to date.");
            return 0;
        });
        db.Subcommands.Add(migrate);
        db.Subcommands.Add(AddMigrationCommand.Build());
        db.Subcommands.Add(GrantCommand.Build());
        foreach (var c in BackupCommands.Build())
        {
            db.Subcommands.Add(c);
        }

        return db;
    }
}
