using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Data.Indicators.Population;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Population;

/// <summary>`coso population import FILE.csv`: population figures per unit and year, the denominator T1 and T3 are judged on (docs/indicators.md).</summary>
public static class PopulationCommands
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV: orgUnitCode,year,population,source / CSV file" };
        var import = new Command("import", "Nhập số liệu dân số theo đơn vị và năm / import population figures");
        import.Arguments.Add(file);
        import.Options.Add(DbCommands.DatabaseOption);
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp / file not found: {path.FullName}");
                return 1;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PopulationImporter>().ImportAsync(path.FullName, ct);
            Console.WriteLine($"read {result.Read}, inserted {result.Inserted}, updated {result.Updated}, rejected {result.Rejected}, unchanged {result.Unchanged}");
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"dòng / line {error.Line}, {error.Field}: {error.Message}");
            }

            // As `coso import people`: 0 when the file was processed (even with rejected rows), 1 when nothing could be read.
            return result.Read == 0 && result.Errors.Count > 0 ? 1 : 0;
        });
        var population = new Command("population", "Số liệu dân số (mẫu số T1, T3) / population figures");
        population.Subcommands.Add(import);
        return population;
    }
}
