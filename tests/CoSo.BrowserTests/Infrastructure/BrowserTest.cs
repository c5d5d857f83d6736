using Microsoft.Playwright;

namespace CoSo.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser test: its pages record each browser console error, uncaught page error, failed request
/// and HTTP error answer, and the test fails at its end if there was any (a blank page or a chart the browser
/// rejects shows up here even when the assertions on text pass).
/// </summary>
public abstract class BrowserTest(CoSoApp app) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _problems = [];
    private readonly List<(int Status, string PathPart)> _allowed = [];
    private readonly List<string> _allowedFailures = [];

    protected CoSoApp App => app;

    protected async Task<IPage> NewPageAsync(string culture = "vi-VN", int width = 1366, int height = 768)
    {
        var page = await app.NewPageAsync(culture, width, height);
        _contexts.Add(page.Context);
        Watch(page);
        page.Context.Page += (_, p) => Watch(p);
        return page;
    }

    /// <summary>
    /// Requests to this path that the test makes fail on purpose (the network set offline, a connection cut): their
    /// failures, and Chromium's "Failed to load resource: net::ERR_…" console lines, are not problems.
    /// </summary>
    protected void AllowRequestFailure(string pathPart) => _allowedFailures.Add(pathPart);

    /// <summary>An HTTP error the test provokes on purpose (e.g. a 404 it checks for).</summary>
    protected void AllowHttpError(int status, string pathPart) => _allowed.Add((status, pathPart));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        List<string> problems;
        lock (_problems)
        {
            problems = [.. _problems];
        }

        Assert.True(problems.Count == 0, $"The browser saw {problems.Count} error(s):\n" + string.Join("\n", problems.Distinct().Take(20)));
    }

    private void Watch(IPage page)
    {
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !(_allowedFailures.Count > 0 && m.Text.Contains("net::ERR_", StringComparison.Ordinal)
                && _allowedFailures.Any(a => (m.Location ?? string.Empty).Contains(a, StringComparison.Ordinal) || m.Location is null or "")))
            {
                Add($"console error on {page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, e) => Add($"page error on {page.Url}: {e}");
        page.RequestFailed += (_, r) =>
        {
            // A navigation cancels what the previous page still had in flight; that is not a failure of CoSo.
            if (r.Failure is not ("net::ERR_ABORTED" or null) && !_allowedFailures.Any(a => r.Url.Contains(a, StringComparison.Ordinal)))
            {
                Add($"request failed: {r.Method} {r.Url}: {r.Failure}");
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !_allowed.Any(a => a.Status == r.Status && r.Url.Contains(a.PathPart, StringComparison.Ordinal)))
            {
                Add($"HTTP {r.Status}: {r.Request.Method} {r.Url}");
            }
        };
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
