using System.Text.RegularExpressions;

namespace CoSo.Core.Tests.Common;

/// <summary>
/// House rule (issue 14, item 8): the date of a station is the Vietnam date from an injected TimeProvider. The server's
/// own clock and zone (<c>DateTime.Now/Today</c>) or a raw UTC instant read outside the clock type put a visit made
/// before 07:00 on the wrong day and cannot be faked in tests. This scan fails on any such read under src/.
/// </summary>
public sealed partial class ClockSourceScanTests
{
    // The one clock type, and the composition roots that choose the real clock for everybody else.
    private static readonly string[] Allowed =
    [
        "src/CoSo.Core/Common/VietnamClock.cs",
    ];

    private static readonly string[] SystemClockAllowed =
    [
        "src/CoSo.Data/DataServiceCollectionExtensions.cs", // TryAddSingleton(TimeProvider.System): the production clock
        "src/CoSo.Cli/Commands/Db/AddMigrationCommand.cs", // design-time contexts for the migration scaffolder, no host
        "src/CoSo.Cli/Commands/Db/BackupCommands.cs", // coso db backup|restore: no host, backups named by the wall clock
    ];

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|Today|UtcNow)\b")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex SystemClock();

    [Fact]
    public void Source_code_reads_the_time_only_through_TimeProvider_and_VietnamClock()
    {
        var root = RepoRoot();
        var offenders = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StripComment(lines[i]);
                if (WallClock().IsMatch(code) && !Allowed.Contains(relative))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }

                if (SystemClock().IsMatch(code) && !SystemClockAllowed.Contains(relative) && !Allowed.Contains(relative))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Read the time from an injected TimeProvider (VietnamClock.Today/Now):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_scan_sees_the_source_tree_and_would_catch_each_forbidden_form()
    {
        // Guards the guard: a scan that finds no files, or a pattern that misses a form, passes silently.
        var root = RepoRoot();
        Assert.True(SourceFiles(root).Count(f => f.EndsWith(".razor", StringComparison.Ordinal)) > 20);
        Assert.True(SourceFiles(root).Count(f => f.EndsWith(".cs", StringComparison.Ordinal)) > 200);
        foreach (var bad in new[] { "var d = DateTime.Today;", "x = DateTime.Now.Date", "DateTimeOffset.UtcNow.AddYears(1)", "DateOnly.FromDateTime(DateTime.Now)", "DateTime.UtcNow", "DateTimeOffset.Now" })
        {
            Assert.Matches(WallClock(), StripComment(bad));
        }

        Assert.Matches(SystemClock(), "VietnamClock.Today(TimeProvider.System)");
        Assert.DoesNotMatch(WallClock(), StripComment("var t = time.GetUtcNow(); // not DateTime.UtcNow"));
        Assert.DoesNotMatch(WallClock(), "VietnamClock.Now(time)");
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string StripComment(string line)
    {
        var at = line.IndexOf("//", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoSo.sln not found above the test binaries.");
    }
}
