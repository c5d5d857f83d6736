using System.CommandLine;
using CoSo.Cli.Commands.Db;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Cli.Commands.Indicators;

/// <summary>`coso indicators recompute [--period 2026-10] [--all]`.</summary>
public static class IndicatorsCommands
{
    public const int BadInput = 2;

    public static Command Build()
    {
        var indicators = new Command("indicators", "Chỉ tiêu / indicators");
        var period = new Option<string?>("--period") { Description = "Kỳ (tháng) 2026-10; mặc định: chỉ các cặp đơn vị–tháng đã đánh dấu / month; default: dirty pairs only" };
        var all = new Option<bool>("--all") { Description = "Tính lại mọi trạm của kỳ (mặc định tháng hiện tại) / every station of the period" };
        var recompute = new Command("recompute", "Tính lại chỉ tiêu / recompute indicator results") { period, all, DbCommands.DatabaseOption };
        recompute.SetAction(async (parse, ct) =>
        {
            await using var sp = CliHost.Build(parse.GetValue(DbCommands.DatabaseOption));
            await using var scope = sp.CreateAsyncScope();
            var engine = scope.ServiceProvider.GetRequiredService<IndicatorEngine>();
            var text = parse.GetValue(period);
            RecomputeSummary summary;
            if (text is not null || parse.GetValue(all))
            {
                var month = Period.OfDate(Core.Common.VietnamClock.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()));
                if (text is not null && !Period.TryParse(text, out month))
                {
                    await Console.Error.WriteLineAsync($"coso indicators recompute: --period {text}: không hợp lệ / invalid (2026-10)");
                    return BadInput;
                }

                summary = await engine.RecomputeAllAsync(month, ct);
            }
            else
            {
                summary = await engine.RecomputeDirtyAsync(ct);
            }

            Console.WriteLine($"Đã tính lại / recomputed: {summary.Pairs} đơn vị–kỳ / unit-periods, {summary.ResultsWritten} kết quả / results");
            return 0;
        });
        indicators.Subcommands.Add(recompute);
        return indicators;
    }
}
