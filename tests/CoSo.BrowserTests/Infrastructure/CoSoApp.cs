using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace CoSo.BrowserTests.Infrastructure;

/// <summary>
/// CoSo as users get it: the web app's build output started the way the README's `dotnet run` starts it — its own
/// process, Production environment (no variable set), the `--demo` switch — over a fresh SQLite file that also holds
/// the tests' own org tree (<see cref="TestData"/>), and Debian's Chromium in Vietnamese on Vietnam time.
/// </summary>
public sealed class CoSoApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"coso-ui-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _output = new();
    private Process? _server;
    private IPlaywright? _playwright;

    public string ConnectionString => $"Data Source={_dbPath}";

    public TestData Data { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>What the server printed so far (its console banner, its logs).</summary>
    public string ServerOutput
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run `apt-get install -y chromium`. Browser tests never skip.");
        }

        await Data.SeedAsync(ConnectionString);
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _server = StartServer(port);
        await WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));

        // The suite shares two cores with the integration tests (dotnet test runs the projects at once): an assertion
        // waits as long as an action does, rather than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a new browser context: vi-VN, Asia/Ho_Chi_Minh, 1366×768 unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string culture = "vi-VN", int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl.ToString(), Locale = culture, TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_dbPath + suffix);
        }
    }

    private Process StartServer(int port)
    {
        var project = Path.Combine(RepoPaths.Root, "src", "CoSo.Web");
        var dll = Path.Combine(project, "bin", RepoPaths.Configuration, "net10.0", "CoSo.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first (scripts/test.sh does).");
        }

        // The same process `dotnet run --project src/CoSo.Web -- --demo` starts: working directory = the project.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", dll, "--demo", "--urls", $"http://127.0.0.1:{port}", $"--COSO_DATABASE={ConnectionString}" })
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing of the test runner's environment may change how the app starts (the README sets no variable).
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "COSO_DATABASE", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES" })
        {
            start.Environment.Remove(name);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"CoSo.Web exited with {_server.ExitCode}:\n{ServerOutput}");
            }

            try
            {
                using var response = await http.GetAsync("health");
                if (response.IsSuccessStatusCode && ServerOutput.Contains("CoSo đang chạy tại", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still migrating or seeding.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"CoSo.Web did not answer /health within {timeout}:\n{ServerOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
