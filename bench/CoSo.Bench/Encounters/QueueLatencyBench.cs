using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Encounters;

/// <summary>
/// `queue-latency [--rounds 20]`: CoSo.Web started as the README starts it (its build output, Production, --demo, a
/// fresh SQLite file), two Chromium pages signed in as the same station's clinician. Each round the desk receives a
/// resident (the reception API with the desk page's session, which raises the same event the reception page raises)
/// and the time until the new queue number is drawn on the second page, without reload, is measured. Baseline in the
/// same run: reloading the queue page until the same row is drawn (what a screen without live update would need).
/// </summary>
public static class QueueLatencyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = BenchTools.IntArg(args, "--rounds", 20, 2);
        var db = Path.Combine(Path.GetTempPath(), $"coso-queue-bench-{Guid.NewGuid():N}.db");
        var port = FreePort();
        using var app = StartWeb(["--demo", "--urls", $"http://127.0.0.1:{port}", $"--COSO_DATABASE=Data Source={db}"]);
        var baseUrl = $"http://127.0.0.1:{port}";
        try
        {
            await WaitUpAsync(baseUrl, app);

            using var pw = await Playwright.CreateAsync();
            await using var browser = await pw.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
            var desk = await SignedInAsync(browser, baseUrl);
            var screen = await SignedInAsync(browser, baseUrl);
            var reloader = await SignedInAsync(browser, baseUrl);
            await screen.GotoAsync("/hang-cho");
            await screen.Locator("[data-testid='queue-counts']").WaitForAsync();

            var people = JsonDocument.Parse(await (await desk.APIRequest.GetAsync("/api/v1/people?q=nguyen&pageSize=100")).TextAsync()).RootElement
                .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
            var live = new List<double>();
            var reload = new List<double>();
            foreach (var person in people.Take(rounds))
            {
                var queue = JsonDocument.Parse(await (await desk.APIRequest.GetAsync("/api/v1/queue")).TextAsync()).RootElement;
                var next = queue.GetProperty("arrivals").EnumerateArray().Select(a => a.GetProperty("queueNumber").GetInt32()).DefaultIfEmpty(0).Max() + 1;
                var row = $"[data-testid='queue-row'][data-number='{next}']";
                var watch = Stopwatch.StartNew();
                var response = await desk.APIRequest.PostAsync("/api/v1/reception/arrivals", new() { DataObject = new { personId = person, reason = "bench" } });
                if (response.Status != 201)
                {
                    continue;
                }

                await screen.Locator(row).WaitForAsync(new() { Timeout = 10000 });
                live.Add(watch.Elapsed.TotalMilliseconds);

                watch.Restart();
                await reloader.GotoAsync("/hang-cho");
                await reloader.Locator(row).WaitForAsync(new() { Timeout = 10000 });
                reload.Add(watch.Elapsed.TotalMilliseconds);
            }

            live.Sort();
            reload.Sort();
            Console.WriteLine($"| measure ({live.Count} arrivals) | median (ms) | p95 (ms) | max (ms) | ratio of medians |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine($"| baseline: reload the queue page until the row is drawn | {reload[reload.Count / 2]:N0} | {reload[(int)(reload.Count * 0.95)]:N0} | {reload[^1]:N0} | 1.0 |");
            Console.WriteLine($"| live: received at the desk → drawn on the second screen | {live[live.Count / 2]:N0} | {live[(int)(live.Count * 0.95)]:N0} | {live[^1]:N0} | {live[live.Count / 2] / reload[reload.Count / 2]:N2} |");
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(db);
        }
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.FillAsync("[data-testid=signin-user]", "bacsi");
        await page.FillAsync("[data-testid=signin-password]", "CoSo@2026");
        await page.ClickAsync("[data-testid=signin-submit]");
        await page.Locator("[data-testid='station-name']").WaitForAsync();
        return page;
    }
}
