using System.CommandLine;
using System.Reflection;
using CoSo.Core.Identity;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Db;

/// <summary>
/// Developer command: scaffolds a migration for both providers with EF Core's design-time services
/// (the dotnet-ef tool is not available from our package mirror; see ADR 0003).
/// </summary>
public static class AddMigrationCommand
{
    public static Command Build()
    {
        var name = new Argument<string>("name");
        var cmd = new Command("add-migration", "(phát triển / development) tạo migration cho SQLite và PostgreSQL") { Hidden = true };
        cmd.Arguments.Add(name);
        cmd.SetAction(parse =>
        {
            var root = FindRepositoryRoot();
            var project = Path.Combine(root, "src", "CoSo.Data");
            Scaffold(parse.GetValue(name)!, project, "Sqlite", CreateSqlite());
            Scaffold(parse.GetValue(name)!, project, "PostgreSql", CreatePostgres());
            return 0;
        });
        return cmd;
    }

    private static SqliteCoSoDbContext CreateSqlite()
    {
        var options = new DbContextOptionsBuilder<SqliteCoSoDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=:memory:");
        return new SqliteCoSoDbContext(options.Options, new SystemActor(), TimeProvider.System);
    }

    private static PostgresCoSoDbContext CreatePostgres()
    {
        var options = new DbContextOptionsBuilder<PostgresCoSoDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=design");
        return new PostgresCoSoDbContext(options.Options, new SystemActor(), TimeProvider.System);
    }

#pragma warning disable EF1001 // Design-time services are "internal" API; this is the documented way tools use them.
    private static void Scaffold(string name, string projectDir, string provider, DbContext context)
    {
        using (context)
        {
            var reporter = new OperationReporter(new OperationReportHandler(
                m => Console.Error.WriteLine("error: " + m),
                m => Console.Error.WriteLine("warn: " + m),
                m => Console.Error.WriteLine(m),
                _ => { }));
            var assembly = typeof(CoSoDbContext).Assembly;
            var builder = new DesignTimeServicesBuilder(assembly, Assembly.GetExecutingAssembly(), reporter, []);
            var services = builder.Build(context);
            var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
            var migration = scaffolder.ScaffoldMigration(name, "CoSo.Data", $"Migrations.{provider}", "C#");
            var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations", provider));
            Console.Error.WriteLine($"{provider}: {files.MigrationFile}");
        }
    }
#pragma warning restore EF1001

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the CoSo repository.");
    }
}
