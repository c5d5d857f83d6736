using System.Globalization;

namespace CoSo.Core.Common;

/// <summary>
/// Reads a time of day as Vietnamese staff write it, 24-hour: "09:00", "9:05", "9h05", "9g05" (giờ), "9h", "9.05" and
/// the four digits alone "0905". Hours 0–23, minutes two digits 00–59; "25:00", "9:5", "9:60" and a.m./p.m. are refused.
/// Times in CoSo are local to Vietnam (Asia/Ho_Chi_Minh, <see cref="VietnamClock"/>).
/// </summary>
public static class LocalTime
{
    public const string Pattern = "HH:mm";

    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        string hours, minutes;
        if (s.Length == 4 && s.All(char.IsAsciiDigit))
        {
            (hours, minutes) = (s[..2], s[2..]);
        }
        else
        {
            var sep = s.IndexOfAny([':', 'h', 'g', '.']);
            if (sep <= 0)
            {
                return false;
            }

            hours = s[..sep];
            minutes = s[(sep + 1)..];
            if (minutes.Length == 0 && s[sep] is 'h' or 'g')
            {
                minutes = "00"; // "9h" = 09:00
            }
        }

        if (hours.Length is < 1 or > 2 || minutes.Length != 2 || !hours.All(char.IsAsciiDigit) || !minutes.All(char.IsAsciiDigit))
        {
            return false;
        }

        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || m > 59)
        {
            return false;
        }

        time = new TimeOnly(h, m);
        return true;
    }

    public static string Format(TimeOnly time) => time.ToString(Pattern, CultureInfo.InvariantCulture);
}
