using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Common;
using CoSo.Data.Surveillance;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Surveillance;

/// <summary>
/// `coso surveillance alerts run [--date YYYY-MM-DD] [--from YYYY-MM-DD]`: the daily alert computation, on demand; with
/// --from, every ISO week from that date's week to the evaluation date's (a backfill after importing past cases).
/// </summary>
public static class SurveillanceAlertCommands
{
    public static Command Build()
    {
        var date = new Option<string?>("--date") { Description = "Ngày tính (mặc định hôm nay) / evaluation date, YYYY-MM-DD (default: today in Vietnam)" };
        var fromOption = new Option<string?>("--from") { Description = "Tính lại từ tuần của ngày này / evaluate every week from this date's ISO week, YYYY-MM-DD" };
        var run = new Command("run", "Tính cảnh báo dịch cho mọi xã × bệnh và huyện × bệnh / compute alerts") { date, fromOption, DbCommands.DatabaseOption };
        run.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(date);
            DateOnly? asOf = null;
            if (text is not null)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"coso surveillance alerts run: --date '{text}' is not YYYY-MM-DD.");
                    return SurveillanceCommands.BadInput;
                }

                asOf = d;
            }

            DateOnly? from = null;
            if (parse.GetValue(fromOption) is { } fromText)
            {
                if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"coso surveillance alerts run: --from '{fromText}' is not YYYY-MM-DD.");
                    return SurveillanceCommands.BadInput;
                }

                from = f;
            }

            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption), "system:surveillance");
            await using var scope = sp.CreateAsyncScope();
            var day = asOf ?? VietnamClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var run = await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(from is { } f0 && f0 < day ? f0 : day, day, ct);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}: {run.Created} new alert(s), {run.Continued} continued"));
            return 0;
        });
        var alerts = new Command("alerts", "Cảnh báo dịch / outbreak alerts");
        alerts.Subcommands.Add(run);
        return alerts;
    }
}
