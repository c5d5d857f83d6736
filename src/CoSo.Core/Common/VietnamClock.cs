namespace CoSo.Core.Common;

/// <summary>
/// "Today" for a Vietnamese health station is the calendar date in Asia/Ho_Chi_Minh, whatever the server's zone.
/// The one clock type: code asks a <see cref="TimeProvider"/> (faked in tests) through these helpers and never reads
/// <c>DateTime.Now/Today/UtcNow</c> or <c>DateTimeOffset.Now/UtcNow</c> (a source scan in the tests fails the build otherwise).
/// </summary>
public static class VietnamClock
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow()).DateTime);

    /// <summary>The current instant in Vietnam time (offset +07:00).</summary>
    public static DateTimeOffset Now(TimeProvider time) => ToLocal(time.GetUtcNow());

    /// <summary>An instant as a Vietnam wall-clock time without an offset, for spreadsheet cells (Excel has no zones).</summary>
    public static DateTime LocalDateTime(DateTimeOffset instant) => ToLocal(instant).DateTime;

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Completed years of age on a date.</summary>
    public static int AgeInYears(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (on < birth.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
