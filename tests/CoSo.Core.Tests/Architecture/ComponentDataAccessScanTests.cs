using System.Text.RegularExpressions;

namespace CoSo.Core.Tests.Architecture;

/// <summary>
/// Source scans for Blazor data access (ADR 0021): a component reaches the database only through
/// <c>CoSoComponent.RunAsync</c> (one DI scope per operation), never holds a DbContext or a Data service for its
/// lifetime, and nothing in src/ is <c>async void</c>.
/// </summary>
public sealed partial class ComponentDataAccessScanTests
{
    /// <summary>Types of CoSo.Data a component may inject: singletons that hold no DbContext.</summary>
    private static readonly string[] InjectableDataTypes = ["QueueEvents", "IndicatorRegistry"];

    /// <summary>The one place that creates the per-operation scopes.</summary>
    private static readonly string[] Mechanism = ["src/CoSo.Web/Components/Shared/CoSoComponent.cs", "src/CoSo.Web/Components/Shared/ComponentData.cs"];

    [Fact]
    public void No_async_void_in_src()
    {
        var hits = SourceFiles("src", "*.cs", "*.razor")
            .SelectMany(f => Lines(f).Where(l => AsyncVoid().IsMatch(l.Text)).Select(l => $"{f}:{l.Number}: {l.Text.Trim()}"))
            .ToList();
        Assert.True(hits.Count == 0, "async void (use async Task with InvokeAsync, or CoSoComponent.RefreshInBackground):\n" + string.Join('\n', hits));
    }

    [Fact]
    public void Components_inject_no_DbContext_scope_factory_or_Data_service()
    {
        var dataTypes = SourceFiles("src/CoSo.Data", "*.cs")
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(Path.Combine(Root, f))).Select(m => m.Groups[1].Value))
            .Append("CoSoDbContext").Append("IServiceScopeFactory").Append("IServiceProvider")
            .Except(InjectableDataTypes)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("PeopleService", dataTypes); // the scan sees Data's types

        var hits = new List<string>();
        foreach (var file in SourceFiles("src/CoSo.Web/Components", "*.razor", "*.cs").Except(Mechanism))
        {
            var lines = Lines(file).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var injected = RazorInject().Match(lines[i].Text) is { Success: true } m
                    ? m.Groups[1].Value
                    : lines[i].Text.Contains("[Inject]", StringComparison.Ordinal) && i + 1 < lines.Count && InjectProperty().Match(lines[i + 1].Text) is { Success: true } p
                        ? p.Groups[1].Value
                        : null;
                if (injected is not null && (dataTypes.Contains(SimpleName(injected)) || SimpleName(injected).StartsWith("IDbContextFactory", StringComparison.Ordinal)))
                {
                    hits.Add($"{file}:{lines[i].Number}: {lines[i].Text.Trim()}");
                }
            }
        }

        Assert.True(hits.Count == 0, "a component holds a DbContext or Data service for its lifetime (use RunAsync):\n" + string.Join('\n', hits));
    }

    [Fact]
    public void No_component_owns_a_scope_for_its_lifetime()
    {
        // OwningComponentBase keeps one DI scope (one DbContext) for as long as the component is on the page.
        var hits = SourceFiles("src/CoSo.Web/Components", "*.razor", "*.cs")
            .SelectMany(f => Lines(f).Where(l => l.Text.Contains("OwningComponentBase", StringComparison.Ordinal) || l.Text.Contains("CreateAsyncScope", StringComparison.Ordinal) || l.Text.Contains("CreateScope(", StringComparison.Ordinal))
                .Select(l => $"{f}:{l.Number}: {l.Text.Trim()}"))
            .Where(h => !Mechanism.Any(m => h.StartsWith(m + ":", StringComparison.Ordinal)))
            .ToList();
        Assert.True(hits.Count == 0, "a component makes or owns a DI scope itself (use RunAsync):\n" + string.Join('\n', hits));
    }

    [Fact]
    public void The_scan_finds_what_it_forbids()
    {
        // The patterns are what the tests above rely on: check them on samples, so a broken regex cannot pass silently.
        Assert.Matches(AsyncVoid(), "    private async void OnLocationChanged(object? sender, EventArgs e)");
        Assert.Matches(AsyncVoid(), "public static async void Go() { }");
        Assert.DoesNotMatch(AsyncVoid(), "    private async Task OnLocationChangedAsync()");
        Assert.DoesNotMatch(AsyncVoid(), "    // never write async void here");
        Assert.Equal("CoSoDbContext", RazorInject().Match("@inject CoSoDbContext Db").Groups[1].Value);
        Assert.Equal("CoSo.Data.People.PeopleService", RazorInject().Match("@inject CoSo.Data.People.PeopleService People").Groups[1].Value);
        Assert.Equal("IDbContextFactory<CoSoDbContext>", InjectProperty().Match("    private IDbContextFactory<CoSoDbContext> Factory { get; set; } = default!;").Groups[1].Value);
    }

    private static string SimpleName(string type)
    {
        var name = type.Split('<')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoSo.sln not found above the test binaries.");
    }

    /// <summary>Repository-relative paths with '/', without build output.</summary>
    private static IEnumerable<string> SourceFiles(string under, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, under), p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Distinct();

    private static IEnumerable<(int Number, string Text)> Lines(string file) =>
        File.ReadLines(Path.Combine(Root, file)).Select((t, i) => (i + 1, t));

    [GeneratedRegex(@"^(?!\s*(//|\*|@\*)).*\basync\s+void\b")]
    private static partial Regex AsyncVoid();

    [GeneratedRegex(@"^\s*@inject\s+([\w.]+(?:<[\w.,\s]+>)?)\s+\w+")]
    private static partial Regex RazorInject();

    [GeneratedRegex(@"^\s*(?:public|private|protected|internal)?\s*(?:required\s+)?([\w.]+(?:<[\w.,\s]+>)?)\??\s+\w+\s*\{")]
    private static partial Regex InjectProperty();

    [GeneratedRegex(@"\b(?:class|record|interface|struct)\s+(\w+)")]
    private static partial Regex TypeDeclaration();
}
