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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-W{Week:00}");
}
