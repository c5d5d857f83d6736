namespace CoSo.Core.Growth;

/// <summary>
/// When a child under 5 is next due for weighing and measuring at the station's growth-monitoring sessions: every
/// month under 2 years (the nutrition programme's monthly weighing of the under-2s), every 6 months from 2 to 5
/// years, the first time at one month of age. CoSo's defaults (data/SOURCES.md); a child is late 15 days after a
/// monthly weighing was due, 30 days after a half-yearly one.
/// </summary>
public static class WeighingSchedule
{
    public const int MonthlyUnderMonths = 24;
    public const int MonthlyDays = 30;
    public const int HalfYearlyDays = 182;
    public const int MonthlyGraceDays = 15;
    public const int HalfYearlyGraceDays = 30;

    /// <summary>The day the next measurement is due, or null once the child is 5 by then.</summary>
    public static DateOnly? DueOn(DateOnly birth, DateOnly? lastMeasured)
    {
        var due = lastMeasured is { } last
            ? last.AddDays(AgeMonths(birth, last) < MonthlyUnderMonths ? MonthlyDays : HalfYearlyDays)
            : birth.AddMonths(1);
        return due.DayNumber - birth.DayNumber > ZScoreCalculator.LastAgeDay ? null : due;
    }

    /// <summary>Whether a due measurement is late on <paramref name="today"/> (past its grace days).</summary>
    public static bool IsLate(DateOnly birth, DateOnly due, DateOnly today) =>
        today.DayNumber - due.DayNumber > (AgeMonths(birth, due) < MonthlyUnderMonths ? MonthlyGraceDays : HalfYearlyGraceDays);

    /// <summary>Completed months of age on a day.</summary>
    public static int AgeMonths(DateOnly birth, DateOnly on) =>
        ((on.Year - birth.Year) * 12) + on.Month - birth.Month - (on.Day < birth.Day ? 1 : 0);
}
