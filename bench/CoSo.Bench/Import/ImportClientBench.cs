using System.Diagnostics;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Import;

/// <summary>
/// `import-client --file F --database CS`: the importer's client side alone (no writes): reading the CSV, then reading
/// and parsing + validating every row, so the share of the client in an import is known. Uses the org tree of the
/// import benchmark's database (run `import` first).
/// </summary>
public static class ImportClientBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var file = Arg(args, "--file") ?? (Tiny(args) ? Path.Combine(Path.GetTempPath(), $"coso-people-{ImportBench.TinyRows}.csv") : throw new ArgumentException("--file is required"));
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database is required");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(args, "coso_bench_import") }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresCoSoDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, target);
        await using var db = new PostgresCoSoDbContext(options.Options, new Core.Identity.SystemActor("bench"), TimeProvider.System);
        var units = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation || u.Kind == OrgUnitKind.Village || u.Kind == OrgUnitKind.VillageHealthPost)
            .ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase);

        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            long rows = 0;
            using (var csv = CsvStreamReader.Open(file))
            {
                while (csv.ReadRow() is not null)
                {
                    rows++;
                }
            }

            var read = watch.Elapsed.TotalSeconds;
            watch.Restart();
            long ok = 0;
            using (var csv = CsvStreamReader.Open(file))
            {
                var parser = new PersonRowParser(csv.ReadRow()!.Fields, units, null, new DateOnly(2026, 11, 22));
                var errors = new List<FieldError>();
                while (csv.ReadRow() is { } row)
                {
                    errors.Clear();
                    if (parser.Parse(row, errors) is not null)
                    {
                        ok++;
                    }
                }
            }

            var parse = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"run {run + 1}: {rows:N0} rows read in {read:N2} s ({rows / read:N0}/s); read + parse + validate {ok:N0} rows in {parse:N2} s ({ok / parse:N0}/s)");
        }

        return 0;
    }
}
