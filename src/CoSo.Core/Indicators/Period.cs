using System.Globalization;

namespace CoSo.Core.Indicators;

/// <summary>A reporting period: "2026-10" (month), "2026-Q3" (quarter) or "2026" (year).</summary>
public readonly record struct Period(PeriodType Type, int Year, int Number)
{
    public static Period Month(int year, int month) => new(PeriodType.Month, year, month);

    public static Period OfDate(DateOnly date, PeriodType type = PeriodType.Month) => type switch
    {
        PeriodType.Month => new(type, date.Year, date.Month),
        PeriodType.Quarter => new(type, date.Year, ((date.Month - 1) / 3) + 1),
        _ => new(type, date.Year, 1),
    };

    public DateOnly Start => Type switch
    {
        PeriodType.Month => new DateOnly(Year, Number, 1),
        PeriodType.Quarter => new DateOnly(Year, ((Number - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Type switch
    {
        PeriodType.Month => Start.AddMonths(1).AddDays(-1),
        PeriodType.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>The period of the same type <paramref name="count"/> periods earlier (negative: later).</summary>
    public Period Previous(int count = 1) => Type switch
    {
        PeriodType.Month => OfDate(Start.AddMonths(-count), Type),
        PeriodType.Quarter => OfDate(Start.AddMonths(-3 * count), Type),
        _ => new(Type, Year - count, 1),
    };

    /// <summary>The period of another type that contains this one's start (a month's quarter or year).</summary>
    public Period As(PeriodType type) => OfDate(Start, type);

    /// <summary>DHIS2/ADX period identifier: 202610, 2026Q3, 2026.</summary>
    public string ToDhis2() => Type switch
    {
        PeriodType.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}{Number:00}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Number}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>ISO 8601 start/duration, as ADX wants: 2026-10-01/P1M.</summary>
    public string ToAdx() => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Type switch
    {
        PeriodType.Month => "/P1M",
        PeriodType.Quarter => "/P3M",
        _ => "/P1Y",
    };

    public override string ToString() => Type switch
    {
        PeriodType.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
        {
            period = new(PeriodType.Year, y, 1);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is >= 1900 and <= 2200)
        {
            if (s[5] == 'Q' && s[6] is >= '1' and <= '4')
            {
                period = new(PeriodType.Quarter, y, s[6] - '0');
                return true;
            }

            if (int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                period = new(PeriodType.Month, y, m);
                return true;
            }
        }

        return false;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"Not a period (2026-10, 2026-Q3, 2026): {text}");
}
