using System.Globalization;

namespace CoSo.Data.Operations;

/// <summary>Backups are named by their UTC time (<c>PREFIX20261203T083500123Z</c>), so a listing sorts by time and a restore to a point in time can pick one by name.</summary>
public static class BackupFileNames
{
    private const string Format = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string Name(string prefix, DateTimeOffset at, string suffix = "") =>
        prefix + at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture) + suffix;

    public static DateTimeOffset? TimeOf(string name, string prefix, string suffix = "")
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var stamp = name[prefix.Length..^suffix.Length];
        return DateTime.TryParseExact(stamp, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t)
            ? new DateTimeOffset(t, TimeSpan.Zero)
            : null;
    }
}
