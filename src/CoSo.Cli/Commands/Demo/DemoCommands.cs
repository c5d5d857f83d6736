using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoSo.Cli.Commands.Demo;

/// <summary>`coso demo seed`: a synthetic province to demonstrate and test with.</summary>
public static class DemoCommands
{
    public static Command Build()
    {
        var defaults = new DemoOptions();
        var seedOption = new Option<int>("--seed") { Description = "Hạt giống ngẫu nhiên / random seed", DefaultValueFactory = _ => defaults.Seed };
        var provinceOption = new Option<string?>("--province") { Description = "Mã tỉnh (2025) / province code (default 38 if present)" };
        var stationsOption = new Option<int>("--stations") { Description = "Số trạm / number of stations", DefaultValueFactory = _ => defaults.Stations };
        var peopleOption = new Option<int>("--people-per-station") { Description = "Số người mỗi trạm / residents per station", DefaultValueFactory = _ => defaults.PeoplePerStation };

        var seed = new Command("seed", "Tạo dữ liệu mẫu / seed a synthetic demo province");
        seed.Options.Add(seedOption);
        seed.Options.Add(provinceOption);
        seed.Options.Add(stationsOption);
        seed.Options.Add(peopleOption);
        seed.Options.Add(DbCommands.DatabaseOption);
        seed.SetAction(async (parse, ct) =>
        {
            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var province = parse.GetValue(provinceOption) ?? await DefaultProvinceAsync(db, defaults.ProvinceCode, ct);
            var options = defaults with
            {
                Seed = parse.GetValue(seedOption),
                ProvinceCode = province,
                Stations = parse.GetValue(stationsOption),
                PeoplePerStation = parse.GetValue(peopleOption),
            };
            try
            {
                var summary = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(options, ct);
                if (summary.AlreadySeeded)
                {
                    Console.WriteLine($"Tỉnh mẫu {province} đã có sẵn, không tạo thêm / demo province {province} already exists, nothing done.");
                    return 0;
                }

                Render(summary);
                return 0;
            }
            catch (DomainValidationException ex)
            {
                foreach (var error in ex.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message(Messages.Vietnamese)}");
                }

                return 2;
            }
        });

        var demo = new Command("demo", "Dữ liệu mẫu / demo data");
        demo.Subcommands.Add(seed);
        return demo;
    }

    private static async Task<string> DefaultProvinceAsync(CoSoDbContext db, string preferred, CancellationToken ct)
    {
        var provinces = await db.AdminUnits.Where(a => a.Edition == Core.Organisation.AdminEdition.Current2025 && a.Level == Core.Organisation.AdminLevel.Province)
            .Select(a => a.Code).OrderBy(c => c).ToListAsync(ct);
        return provinces.Contains(preferred) || provinces.Count == 0 ? preferred : provinces[0];
    }

    private static void Render(DemoSummary summary)
    {
        var table = new Table().Title($"Tỉnh mẫu / demo province {summary.ProvinceCode}").AddColumn("Mục / item").AddColumn(new TableColumn("Số lượng / count").RightAligned());
        table.AddRow("Trạm y tế / stations", summary.Stations.ToString("N0", Messages.Vietnamese));
        table.AddRow("Thôn, tổ dân phố / villages", summary.Villages.ToString("N0", Messages.Vietnamese));
        table.AddRow("Hộ gia đình / households", summary.Households.ToString("N0", Messages.Vietnamese));
        table.AddRow("Người dân / residents", summary.Residents.ToString("N0", Messages.Vietnamese));
        table.AddRow("Lượt khám / visits", summary.Visits.ToString("N0", Messages.Vietnamese));
        table.AddRow("Tài khoản / users", summary.Users.ToString("N0", Messages.Vietnamese));
        AnsiConsole.Write(table);
    }
}
