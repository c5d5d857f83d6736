using System.Text.RegularExpressions;

namespace CoSo.Core.Tests.Identity;

/// <summary>
/// Issue 14, item 1: the scope filters are switched off in one reviewed place only (CoSo.Data.Access.Unscoped), and
/// no Blazor component or Data service checks a role by name where the permission matrix should be asked.
/// </summary>
public sealed partial class UnscopedReadsTests
{
    [Fact]
    public void IgnoreQueryFilters_is_called_only_inside_Unscoped()
    {
        var root = PermissionMatrixDocTests.RepoRoot();
        var offenders = SourceFiles(root)
            .Where(f => !f.EndsWith(Path.Combine("CoSo.Data", "Access", "Unscoped.cs"), StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains(".IgnoreQueryFilters(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.Empty(offenders);

        // And the one place is still there (the scan would pass vacuously if it moved).
        Assert.Contains(".IgnoreQueryFilters(", File.ReadAllText(Path.Combine(root, "src", "CoSo.Data", "Access", "Unscoped.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_and_pages_ask_for_capabilities_not_for_role_names()
    {
        var root = PermissionMatrixDocTests.RepoRoot();
        var offenders = SourceFiles(root, "*.cs").Concat(SourceFiles(root, "*.razor"))
            .Where(f => f.Contains(Path.Combine("src", "CoSo.Web"), StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((l, i) => (f, i, l)))
            .Where(x => RequireRole().IsMatch(x.l) || PermissionRoles().IsMatch(x.l))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}").ToList();
        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles(string root, string pattern = "*.cs") =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"RequireRole\(")]
    private static partial Regex RequireRole();

    // A role list guarding a write (AuthorizeView Roles="…Manager,…"); the home page and menu choose a landing view by role, which is not a permission.
    [GeneratedRegex(@"AuthorizeView Roles=""[A-Za-z]+,")]
    private static partial Regex PermissionRoles();
}
