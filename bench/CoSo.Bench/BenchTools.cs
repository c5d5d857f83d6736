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

    /// <summary>
    /// `--tiny`: the driver runs once at a few hundred rows, in a database of its own (its name + "_tiny", made anew), so
    /// scripts/test.sh can prove every driver still runs on a fresh database. Its figures mean nothing.
    /// </summary>
    public static bool Tiny(string[] args) => args.Contains("--tiny");

    /// <summary>The driver's database: its own name, or name + "_tiny" under <see cref="Tiny"/> (never a full-size bench database).</summary>
    public static string DatabaseName(string[] args, string name) => Tiny(args) ? name + "_tiny" : name;

    /// <summary>The integer option <paramref name="name"/>, else <paramref name="tiny"/> under --tiny, else <paramref name="full"/>.</summary>
    public static int IntArg(string[] args, string name, int full, int tiny) =>
        Arg(args, name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : Tiny(args) ? tiny : full;

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

    /// <summary>The value at the percentile (nearest rank) of the values.</summary>
    public static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    /// <summary>Whether CoSo.Web answers /health (a driver that starts it waits on this).</summary>
    public static async Task<bool> UpAsync(HttpClient http, string baseUrl)
    {
        try
        {
            return (await http.GetAsync(baseUrl + "/health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The repository root (the folder holding CoSo.sln), found from the driver's build output.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoSo.sln not found");
    }

    /// <summary>
    /// Starts a project's Release build output as a process, as an operator would: <c>dotnet exec
    /// src/&lt;project&gt;/bin/Release/net10.0/&lt;project&gt;.dll &lt;args&gt;</c> in the project's folder, without the driver's
    /// ASPNETCORE_ENVIRONMENT and COSO_DATABASE (the arguments say what it runs on). Its output is drained, each line
    /// handed to <paramref name="onOutput"/> when given (stdout only).
    /// </summary>
    public static Process StartBuildOutput(string project, IEnumerable<string> args, Action<string>? onOutput = null)
    {
        var root = Root();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(root, "src", project), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(root, "src", project, "bin", "Release", "net10.0", project + ".dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("COSO_DATABASE");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                onOutput?.Invoke(line);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>CoSo.Web's build output as a process (<see cref="StartBuildOutput"/>).</summary>
    public static Process StartWeb(IEnumerable<string> args, Action<string>? onOutput = null) => StartBuildOutput("CoSo.Web", args, onOutput);

    /// <summary>Waits (up to <paramref name="tries"/> × 0.5 s) until the server answers /health; false if it did not, or exited.</summary>
    public static async Task<bool> WaitUpAsync(string baseUrl, Process? process = null, int tries = 300)
    {
        using var probe = new HttpClient();
        for (var i = 0; i < tries; i++)
        {
            if (await UpAsync(probe, baseUrl))
            {
                return true;
            }

            if (process is { HasExited: true })
            {
                return false;
            }

            await Task.Delay(500);
        }

        return false;
    }

    /// <summary>A free loopback port for a CoSo.Web the driver starts.</summary>
    public static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
