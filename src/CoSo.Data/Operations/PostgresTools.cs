using System.Diagnostics;
using System.Text;

namespace CoSo.Data.Operations;

/// <summary>
/// Runs PostgreSQL's own programs (pg_basebackup, pg_verifybackup, pg_ctl…) from Debian's packages. The bin directory
/// is <c>COSO_PG_BIN</c> or the newest <c>/usr/lib/postgresql/*/bin</c>; <c>RunAs</c> (<c>COSO_PG_RUN_AS</c>) runs them
/// as another system user through runuser, for an operator working as root on files the postgres user must own.
/// </summary>
public sealed class PostgresTools(string binDirectory, string? runAs = null)
{
    public string BinDirectory { get; } = binDirectory;

    public string? RunAs { get; } = runAs;

    public static PostgresTools FromEnvironment()
    {
        var bin = Environment.GetEnvironmentVariable("COSO_PG_BIN");
        if (string.IsNullOrWhiteSpace(bin))
        {
            bin = FindBinDirectory() ?? throw new InvalidOperationException("PostgreSQL programs not found: install Debian's postgresql package or set COSO_PG_BIN.");
        }

        var runAs = Environment.GetEnvironmentVariable("COSO_PG_RUN_AS");
        return new PostgresTools(bin, string.IsNullOrWhiteSpace(runAs) ? null : runAs);
    }

    public static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_basebackup")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    /// <summary>Runs a program to its end; a non-zero exit throws with its error output.</summary>
    public async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        using var process = Start(program, arguments, environment, redirect: true);
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }

        return await stdout;
    }

    /// <summary>Starts a program and returns it running (pg_receivewal, a server in the foreground).</summary>
    public Process Start(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, bool redirect = true)
    {
        var path = Path.Combine(BinDirectory, program);
        var info = new ProcessStartInfo
        {
            FileName = RunAs is null ? path : "runuser",
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            UseShellExecute = false,
            StandardOutputEncoding = redirect ? Encoding.UTF8 : null,
        };
        if (RunAs is not null)
        {
            foreach (var a in new[] { "-u", RunAs, "--", path })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
    }

    /// <summary>Gives a directory this process made to the user the programs run as (no-op without RunAs).</summary>
    public async Task HandOverAsync(string path, CancellationToken ct = default)
    {
        if (RunAs is null)
        {
            return;
        }

        var info = new ProcessStartInfo("chown") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in new[] { "-R", RunAs, path })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown {path} failed: {await process.StandardError.ReadToEndAsync(ct)}");
        }
    }
}
