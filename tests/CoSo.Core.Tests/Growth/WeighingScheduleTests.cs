using CoSo.Core.Growth;

namespace CoSo.Core.Tests.Growth;

/// <summary>
/// The weighing calendar (data/SOURCES.md, "Growth-monitoring calendar"): monthly under 2 years, every 6 months from 2
/// to 5, the first weighing at one month; late 15 days after a monthly, 30 days after a half-yearly one. Dates worked by
/// hand on a calendar.
/// </summary>
public sealed class WeighingScheduleTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_child_never_weighed_is_due_at_one_month()
    {
        Assert.Equal(D(2026, 2, 15), WeighingSchedule.DueOn(D(2026, 1, 15), null));
        Assert.Equal(D(2026, 2, 28), WeighingSchedule.DueOn(D(2026, 1, 31), null)); // one calendar month, clamped to February
    }

    [Fact]
    public void Under_two_years_the_next_weighing_is_30_days_after_the_last()
    {
        // 4 months old on 10/06/2026: next on 10/07/2026.
        Assert.Equal(D(2026, 7, 10), WeighingSchedule.DueOn(D(2026, 1, 15), D(2026, 6, 10)));
    }

    [Fact]
    public void From_the_second_birthday_the_next_weighing_is_182_days_after_the_last()
    {
        // Born 10/06/2024: on 09/06/2026 the child is 23 completed months (monthly), on 10/06/2026 24 months (half-yearly).
        Assert.Equal(D(2026, 7, 9), WeighingSchedule.DueOn(D(2024, 6, 10), D(2026, 6, 9)));
        Assert.Equal(D(2026, 12, 9), WeighingSchedule.DueOn(D(2024, 6, 10), D(2026, 6, 10)));
        // 25 months on 01/03/2026: 01/03 + 182 days = 30/08/2026.
        Assert.Equal(D(2026, 8, 30), WeighingSchedule.DueOn(D(2024, 1, 15), D(2026, 3, 1)));
    }

    [Fact]
    public void A_weighing_that_would_fall_after_the_fifth_birthday_is_not_due()
    {
        // Born 01/12/2021: day 1826 of life is 01/12/2026 (five years with 29/02/2024).
        Assert.Equal(D(2026, 10, 30), WeighingSchedule.DueOn(D(2021, 12, 1), D(2026, 5, 1)));
        Assert.Null(WeighingSchedule.DueOn(D(2021, 12, 1), D(2026, 9, 1))); // 01/09 + 182 = 02/03/2027
    }

    [Theory]
    [InlineData(2026, 3, 2, false)] // 15 days after 15/02: still within the grace
    [InlineData(2026, 3, 3, true)]  // 16 days
    public void A_monthly_weighing_is_late_after_15_days(int y, int m, int d, bool late) =>
        Assert.Equal(late, WeighingSchedule.IsLate(D(2026, 1, 15), D(2026, 2, 15), D(y, m, d)));

    [Theory]
    [InlineData(2026, 9, 29, false)] // 30 days after 30/08
    [InlineData(2026, 9, 30, true)]  // 31 days
    public void A_half_yearly_weighing_is_late_after_30_days(int y, int m, int d, bool late) =>
        Assert.Equal(late, WeighingSchedule.IsLate(D(2024, 1, 15), D(2026, 8, 30), D(y, m, d)));
}
