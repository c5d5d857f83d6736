using System.Globalization;

namespace CoSo.Core.Common;

/// <summary>
/// Reads dates as Vietnamese write them, day first, whatever the browser's locale: "15/01/2027", "15-01-2027",
/// "15.01.2027", "1/2/2027" and the digits alone "15012027". Two-digit years are refused (which century?).
/// </summary>
public static class LocalDate
{
    public const string Pattern = "dd/MM/yyyy";

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.Length == 8 && s.All(char.IsAsciiDigit))
        {
            s = $"{s[..2]}/{s[2..4]}/{s[4..]}";
        }

        var parts = s.Split('/', '-', '.');
        if (parts.Length != 3 || parts[2].Length != 4 || parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2 || parts.Any(p => !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var day = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);
}
