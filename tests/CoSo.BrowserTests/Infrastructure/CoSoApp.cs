using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoSo.BrowserTests.Infrastructure;

/// <summary>CoSo on Kestrel (a real port, for a real browser) over a fresh SQLite file, plus Debian's Chromium.</summary>
public sealed class CoSoApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"coso-ui-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string ConnectionString => $"Data Source={_dbPath}";

    public TestData Data { get; } = new();

    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: run `apt-get install -y chromium`. Browser tests never skip.");
        }

        await Data.SeedAsync(ConnectionString);
        var port = FreePort();
        _factory = new CoSoFactory(ConnectionString);
        _factory.UseKestrel(port);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(string culture = "vi-VN")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl.ToString(), Locale = culture, ViewportSize = new() { Width = 1366, Height = 768 } });
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
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_dbPath);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
