using System.Globalization;

namespace CoSo.Core.Common;

/// <summary>
/// The dates CoSo accepts at all, wherever they come from (a JSON body, a query string, a typed form): from
/// 1 January 1900 (the registry's oldest birth year, and the floor the date fields already use) to 31 December 2100.
/// Clinical and event dates have tighter rules of their own (not in the future, not before birth); this is the outer
/// bound that keeps date arithmetic (a month on, a week back) away from year 1 and year 9999.
/// </summary>
public static class DateRules
{
    public static DateOnly Earliest { get; } = new(1900, 1, 1);

    public static DateOnly Latest { get; } = new(2100, 12, 31);

    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    public static bool InRange(DateTimeOffset instant) => InRange(DateOnly.FromDateTime(instant.UtcDateTime));

    public static bool YearInRange(int year) => year >= Earliest.Year && year <= Latest.Year;

    /// <summary>The field error for a date outside the outer bound ("date.range" with both ends, dd/MM/yyyy).</summary>
    public static FieldError OutOfRange(string field) => new(field, "date.range", LocalDate.Format(Earliest), LocalDate.Format(Latest));

    /// <summary>Adds the range error when <paramref name="date"/> is outside the outer bound.</summary>
    public static void Check(ValidationErrors errors, string field, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is { } d && !InRange(d))
        {
            var e = OutOfRange(field);
            errors.Add(e.Field, e.Code, e.Args);
        }
    }

    /// <summary>An event that happened: not after <paramref name="today"/>, not before the outer bound or the person's birth.</summary>
    public static void CheckEvent(ValidationErrors errors, string field, DateOnly? date, DateOnly today, DateOnly? bornOn = null, string futureCode = "date.future", string beforeBirthCode = "date.beforeBirth")
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is not { } d)
        {
            return;
        }

        if (!InRange(d))
        {
            var e = OutOfRange(field);
            errors.Add(e.Field, e.Code, e.Args);
        }
        else if (d > today)
        {
            errors.Add(field, futureCode);
        }
        else if (bornOn is { } born && d < born)
        {
            errors.Add(field, beforeBirthCode);
        }
    }

    /// <summary>The earliest date a person can have lived an event: the birth date, else 1 January of the birth year.</summary>
    public static DateOnly? BornOn(DateOnly? birthDate, int? birthYear) =>
        birthDate ?? (birthYear is { } y && YearInRange(y) ? new DateOnly(y, 1, 1) : null);

    /// <summary>Reads a month as "yyyy-MM" within the outer bound.</summary>
    public static bool TryParseMonth(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        return text is { Length: 7 }
               && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
               && InRange(firstDay);
    }
}
