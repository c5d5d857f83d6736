using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data.Facilities;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Facilities;

/// <summary>`coso criteria import FILE.json`: loads (or replaces, by code) a commune-health criteria set.</summary>
public static class CriteriaCommands
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp JSON bộ tiêu chí (docs/commune-health-criteria.md) / criteria-set JSON file" };
        var import = new Command("import", "Nhập bộ tiêu chí quốc gia về y tế xã / import a criteria set");
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
            try
            {
                var set = await scope.ServiceProvider.GetRequiredService<CriteriaService>().ImportAsync(await File.ReadAllTextAsync(path.FullName, ct), ct);
                Console.WriteLine($"{set.Code}: {set.Name} ({set.FromYear}–{set.ToYear}){(set.IsExample ? " [VÍ DỤ / EXAMPLE]" : string.Empty)}");
                return 0;
            }
            catch (DomainValidationException e)
            {
                foreach (var error in e.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {Messages.Get(error.Code, Messages.Vietnamese, error.Args)}");
                }

                return 2;
            }
        });
        var criteria = new Command("criteria", "Tiêu chí quốc gia về y tế xã / national commune-health criteria");
        criteria.Subcommands.Add(import);
        return criteria;
    }
}
