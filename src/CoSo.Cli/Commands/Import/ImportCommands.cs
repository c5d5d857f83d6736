using System.CommandLine;
using System.Diagnostics;
using System.Text;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data.People;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoSo.Cli.Commands.Import;

/// <summary>`coso import people FILE.csv`: bulk registration of residents (docs/import-people.md).</summary>
public static class ImportCommands
{
    public static Command Build()
    {
        var fileArgument = new Argument<FileInfo>("file") { Description = "Tệp CSV / CSV file" };
        var errorsOption = new Option<string?>("--errors") { Description = "Tệp ghi dòng bị từ chối (mặc định FILE.errors.csv) / rejected rows file" };
        var stationOption = new Option<string?>("--station") { Description = "Mã trạm cho các dòng không có station_code / station for rows without one" };

        var noBulkOption = new Option<bool>("--no-bulk")
        {
            Description = "Không dùng nạp lần đầu (khóa bảng, dựng chỉ mục sau) khi bảng người dân còn trống / never use the first-load path",
        };

        var people = new Command("people", "Nhập danh sách người dân / import residents");
        people.Arguments.Add(fileArgument);
        people.Options.Add(DbCommands.DatabaseOption);
        people.Options.Add(errorsOption);
        people.Options.Add(stationOption);
        people.Options.Add(noBulkOption);
        people.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(fileArgument)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp / file not found: {file.FullName}");
                return 1;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var importer = ActivatorUtilities.CreateInstance<PersonImporter>(scope.ServiceProvider);
            var options = new PersonImportOptions
            {
                DefaultStationCode = parse.GetValue(stationOption),
                ErrorsPath = parse.GetValue(errorsOption) ?? Path.ChangeExtension(file.FullName, null) + ".errors.csv",
                AllowBulkLoad = !parse.GetValue(noBulkOption),
            };
            var result = await RunAsync(importer, file, options, ct);
            Console.WriteLine($"read {result.Read}, inserted {result.Inserted}, updated {result.Updated}, rejected {result.Rejected}, unchanged {result.Unchanged}");
            if (result.Rejected > 0)
            {
                await Console.Error.WriteLineAsync($"Dòng bị từ chối ghi tại / rejected rows written to {options.ErrorsPath}");
            }
            else if (result.Read == 0)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }
            }

            return result.Read == 0 ? 1 : 0;
        });

        var import = new Command("import", "Nhập dữ liệu / import data");
        import.Subcommands.Add(people);
        return import;
    }

    private static async Task<ImportResult> RunAsync(PersonImporter importer, FileInfo file, PersonImportOptions options, CancellationToken ct)
    {
        if (Console.IsErrorRedirected)
        {
            return await importer.ImportAsync(file.FullName, options, ct);
        }

        // Progress goes to stderr so stdout carries only the summary line.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var stopwatch = Stopwatch.StartNew();
        await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var csv = new CsvStreamReader(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                // The bar follows the bytes read, the only total known before the end of a streamed file.
                var task = ctx.AddTask("Đang nhập / importing", maxValue: Math.Max(stream.Length, 1));
                var withProgress = options with
                {
                    OnProgress = read =>
                    {
                        var rate = read / Math.Max(stopwatch.Elapsed.TotalSeconds, 0.001);
                        task.Description = $"{read:N0} dòng / rows, {rate:N0} dòng/s / rows/s";
                        task.Value = stream.Position;
                    },
                };
                var result = await importer.ImportAsync(csv, withProgress, ct);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
