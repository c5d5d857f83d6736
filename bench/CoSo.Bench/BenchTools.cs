using System.Diagnostics;
using Npgsql;

namespace CoSo.Bench;

/// <summary>What every load driver needs: its options, a median timer, and raw SQL on PostgreSQL.</summary>
public static class BenchTools
{
    /// <summary>The value after <paramref name="name"/> on the command line, or null.</summary>
    public static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static Task<double> TimeAsync(int runs, Func<Task> work) => TimeAsync(runs, null, work);

    /// <summary>Median seconds of <paramref name="runs"/> runs of <paramref name="work"/>; <paramref name="before"/> runs untimed before each.</summary>
    public static async Task<double> TimeAsync(int runs, Func<Task>? before, Func<Task> work)
    {
        if (runs <= 0)
        {
            return double.NaN;
        }

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            if (before is not null)
            {
                await before();
            }

            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static async Task Exec(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
    }
}
