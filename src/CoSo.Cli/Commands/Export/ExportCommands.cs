using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators.Dhis2;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Export;

/// <summary>`coso export dhis2 --period 2026-10 --org-unit CODE --format adx|json [--output FILE]`.</summary>
public static class ExportCommands
{
    public const int BadInput = 2;

    public static Command Build()
    {
        var export = new Command("export", "Xuất dữ liệu / export");
        var period = new Option<string>("--period") { Description = "Kỳ / period: 2026-10, 2026-Q3, 2026", Required = true };
        var orgUnit = new Option<string>("--org-unit") { Description = "Mã đơn vị CoSo / CoSo org-unit code (it and every unit below)", Required = true };
        var format = new Option<string>("--format") { Description = "adx | json", Required = true };
        format.AcceptOnlyFromAmong("adx", "json");
        var output = new Option<FileInfo?>("--output") { Description = "Tệp ra (mặc định stdout) / output file (default stdout)" };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "Ánh xạ DHIS2 / mapping (default data/dhis2/mapping.json)" };
        var dhis2 = new Command("dhis2", "Xuất chỉ tiêu sang DHIS2 / aggregate export to DHIS2") { period, orgUnit, format, output, mapping, DbCommands.DatabaseOption };
        dhis2.SetAction(async (parse, ct) =>
        {
            if (!Period.TryParse(parse.GetRequiredValue(period), out var p))
            {
                await Console.Error.WriteLineAsync($"coso export dhis2: --period {parse.GetValue(period)}: không hợp lệ / invalid");
                return BadInput;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<Dhis2Exporter>();
            DataValueSet set;
            try
            {
                var map = Dhis2Mapping.Load(parse.GetValue(mapping)?.FullName ?? Dhis2Exporter.DefaultMappingPath);
                set = await exporter.DataValueSetAsync(parse.GetRequiredValue(orgUnit), p, map, ct);
            }
            catch (NotFoundException)
            {
                await Console.Error.WriteLineAsync($"coso export dhis2: --org-unit {parse.GetValue(orgUnit)}: không tồn tại / not found");
                return BadInput;
            }

            var text = parse.GetRequiredValue(format) == "adx"
                ? AdxText(Dhis2Exporter.ToAdx(set, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow()))
                : Dhis2Exporter.ToJson(set);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, ct);
            }
            else
            {
                Console.Out.WriteLine(text);
            }

            return 0;
        });
        export.Subcommands.Add(dhis2);
        return export;
    }

    private static string AdxText(System.Xml.Linq.XDocument doc) => doc.Declaration + Environment.NewLine + doc.Root;
}
