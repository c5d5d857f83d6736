using System.Diagnostics;
using System.IO.Compression;
using CoSo.Bench.Chronic;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Village;

/// <summary>
/// `village-app --database CS [--runs 3]`: the village app end to end on a phone profile (issue 19): CoSo.Web's build
/// output started on the 1,000,000-resident province of the chronic driver, Chromium at 360×640 with the network
/// emulated at 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. The demo village health worker (`yta`, a village of
/// that province) signs in, sets the PIN and waits for the first sync; a search is typed; the station changes 20 of the
/// village's residents and the worker syncs again. Reported: the app shell's compressed size, the first and the
/// incremental sync as the worker waits for them, the payload's bytes on the wire, the search time the app measures.
/// Baseline in the same run: the transfer floor of the same bytes on the emulated link (latency + bytes / bandwidth).
/// </summary>
public static class VillageAppBench
{
    private const double DownBitsPerSecond = 1_600_000;
    private const double LatencyMs = 150;

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate"));

        // The demo worker is given the province's largest village (2,500 residents in the default province).
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await Exec(conn, """
                UPDATE user_org_units SET org_unit_id = (SELECT village_id FROM people WHERE village_id IS NOT NULL GROUP BY village_id ORDER BY count(*) DESC, village_id LIMIT 1)
                WHERE user_id = (SELECT id FROM user_accounts WHERE user_name = 'yta')
                """);
        }

        var root = Root();
        var shell = ShellBytes(Path.Combine(root, "src", "CoSo.Web", "village-app"));
        var port = FreePort();
        using var app = StartWeb(["--urls", $"http://127.0.0.1:{port}", $"--COSO_DATABASE={target}"]);
        var baseUrl = $"http://127.0.0.1:{port}";
        try
        {
            await WaitUpAsync(baseUrl, app);

            using var pw = await Playwright.CreateAsync();
            await using var browser = await pw.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
            var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = new() { Width = 360, Height = 640 }, IsMobile = true, HasTouch = true });
            context.SetDefaultTimeout(120_000);
            var page = await context.NewPageAsync();
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false, ["latency"] = LatencyMs, ["downloadThroughput"] = DownBitsPerSecond / 8, ["uploadThroughput"] = 750_000.0 / 8,
            });

            // A mid-range phone: the CPU 4× slower than this machine's core.
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });

            var watch = Stopwatch.StartNew();
            await page.GotoAsync("/thon/");
            await page.Locator("[data-testid='login-user']").WaitForAsync();
            var shellLoad = watch.Elapsed.TotalSeconds;
            await page.FillAsync("[data-testid='login-user']", "yta");
            await page.FillAsync("[data-testid='login-password']", DemoOptions.DemoPassword);
            await page.ClickAsync("[data-testid='login-submit']");
            await page.FillAsync("[data-testid='pin-input']", "2468");
            await page.FillAsync("[data-testid='pin-confirm']", "2468");
            var first = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/village/sync", StringComparison.Ordinal) && !r.Url.Contains("upload", StringComparison.Ordinal));
            watch.Restart();
            await page.ClickAsync("[data-testid='pin-submit']");
            var firstResponse = await first;
            await page.Locator("[data-testid='sync-last']:not([data-value=''])").WaitForAsync();
            var firstSync = watch.Elapsed.TotalSeconds;
            var firstBytes = (await firstResponse.Request.SizesAsync()).ResponseBodySize;
            var carried = (await firstResponse.JsonAsync())?.GetProperty("residents").GetArrayLength() ?? 0;

            // A search as the worker types it (no diacritics); the app measures its own search.
            var searches = new List<double>();
            foreach (var q in new[] { "nguyen", "tran thi", "le van", "pham", "hoang" })
            {
                await page.FillAsync("[data-testid='search-input']", q);
                await page.Locator("[data-testid='search-results'], [data-testid='search-empty']").First.WaitForAsync();
                searches.Add(double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.searchMs || 'NaN'"), System.Globalization.CultureInfo.InvariantCulture));
            }

            await ChangeResidentsAsync(target, 20);
            var last = await page.Locator("[data-testid='sync-last']").GetAttributeAsync("data-value");
            var second = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/village/sync?", StringComparison.Ordinal));
            watch.Restart();
            await page.ClickAsync("[data-testid='sync-button']");
            var secondResponse = await second;
            await page.Locator($"[data-testid='sync-last']:not([data-value='{last}'])").WaitForAsync();
            var incremental = watch.Elapsed.TotalSeconds;
            var secondBytes = (await secondResponse.Request.SizesAsync()).ResponseBodySize;

            double Floor(long bytes) => (LatencyMs + bytes * 8 / DownBitsPerSecond * 1000) / 1000;
            searches.Sort();
            Console.WriteLine($"village-app: the province's largest village, {carried:N0} residents carried, province of {residents:N0}; link 1.6 Mbit/s down, 750 kbit/s up, 150 ms; CPU throttled 4×");
            Console.WriteLine($"| measure | result | baseline: transfer floor on the link | ratio |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine($"| app shell (precached files, gzip) | {shell / 1024.0:N0} KiB, first load {shellLoad:N1} s | {Floor(shell):N1} s | {shellLoad / Floor(shell):N1} |");
            Console.WriteLine($"| first sync (PIN set → lists shown), {firstBytes / 1024.0:N0} KiB on the wire | {firstSync:N1} s | {Floor(firstBytes):N1} s | {firstSync / Floor(firstBytes):N1} |");
            Console.WriteLine($"| incremental sync after 20 changes, {secondBytes / 1024.0:N0} KiB on the wire | {incremental:N1} s | {Floor(secondBytes):N1} s | {incremental / Floor(secondBytes):N1} |");
            Console.WriteLine($"| search in the village (median of {searches.Count}, app's own timing) | {searches[searches.Count / 2]:N1} ms (max {searches[^1]:N1}) | — | — |");
            return carried > 0 ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    /// <summary>The app shell as the service worker precaches it: every built file, gzip-compressed.</summary>
    private static long ShellBytes(string dir)
    {
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            using var output = new MemoryStream();
            using (var gz = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                gz.Write(File.ReadAllBytes(file));
            }

            total += Math.Min(output.Length, new FileInfo(file).Length);
        }

        return total;
    }

    /// <summary>The station edits 20 of the demo worker's village's residents (through the data layer, so the change log is written).</summary>
    private static async Task ChangeResidentsAsync(string target, int count)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("bench"));
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var village = await db.UserOrgUnits.Where(u => db.Users.Any(a => a.Id == u.UserId && a.UserName == "yta")).Select(u => u.OrgUnitId).FirstAsync();
        foreach (var p in await db.People.Where(p => p.VillageId == village).OrderBy(p => p.Id).Take(count).ToListAsync())
        {
            p.Phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
            p.Version++;
        }

        await db.SaveChangesAsync();
    }
}
