using System.Globalization;

namespace CoSo.Core.Surveillance;

/// <summary>
/// An ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), so 2026-12-31 and
/// 2027-01-01 are both 2026-W53. Computed in C# so that the same answer comes from SQLite and PostgreSQL.
/// </summary>
public readonly record struct IsoWeek(int Year, int Week)
{
    public static IsoWeek From(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public IsoWeek AddWeeks(int weeks) => From(Monday.AddDays(7 * weeks));

    /// <summary>Weeks since the week of 0001-01-01 (a Monday): consecutive weeks differ by one, across years.</summary>
    public int Number => Monday.DayNumber / 7;

    public static IsoWeek FromNumber(int number) => From(DateOnly.FromDayNumber(number * 7));

    /// <summary>Reads the stored form "2026-W14"; false for anything else.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is not { Length: 8 } p || p[4] != '-' || p[5] != 'W'
            || !int.TryParse(p.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(p.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Week:00}");
}
