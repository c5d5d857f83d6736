using System.Globalization;
using CoSo.Core.People;

namespace CoSo.Core.Bhyt;

/// <summary>How values are written in the claim tables (QĐ 4750): times yyyyMMddHHmm (24 h), dates yyyyMMdd.</summary>
public static class ClaimFormat
{
    public const string TimeFormat = "yyyyMMddHHmm";
    public const string DateFormat = "yyyyMMdd";

    public static string Time(DateTime t) => t.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } v ? Date(v) : string.Empty;

    /// <summary>NGAY_SINH: yyyyMMddHHmm, with 0000 for an unknown time and 00000000 for an unknown day and time.</summary>
    public static string Birth(DateOnly? date, int year, TimeOnly? time) => date is { } d
        ? Date(d) + (time is { } t ? t.ToString("HHmm", CultureInfo.InvariantCulture) : "0000")
        : year.ToString("0000", CultureInfo.InvariantCulture) + "00000000";

    public static string Sex(Sex sex) => sex switch
    {
        People.Sex.Male => "1",
        People.Sex.Female => "2",
        _ => "3",
    };

    public static bool TryTime(string text, out DateTime value) =>
        DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>A birth field: a full time, or a date with 0000, or a year with 00000000.</summary>
    public static bool TryBirth(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 12 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (text[4..] == "00000000")
        {
            date = new DateOnly(int.Parse(text[..4], CultureInfo.InvariantCulture), 1, 1);
            return true;
        }

        return TryDate(text[..8], out date) && (text[8..] == "0000" || TryTime(text, out _));
    }
}
