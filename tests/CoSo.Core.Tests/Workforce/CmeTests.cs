using CoSo.Core.Workforce;

namespace CoSo.Core.Tests.Workforce;

public sealed class CmeTests
{
    [Fact]
    public void The_five_year_window_ending_22_November_2026_starts_23_November_2021()
    {
        var w = CmeWindow.EndingOn(new DateOnly(2026, 11, 22), 5);

        Assert.Equal(new DateOnly(2021, 11, 23), w.Start);
        Assert.Equal(new DateOnly(2026, 11, 22), w.End);
        Assert.True(w.Contains(new DateOnly(2021, 11, 23)));
        Assert.False(w.Contains(new DateOnly(2021, 11, 22)));
    }

    [Fact]
    public void A_window_ending_on_29_February_starts_on_1_March()
    {
        // 2028-02-29 − 5 years clamps to 2023-02-28; plus one day is 2023-03-01.
        Assert.Equal(new DateOnly(2023, 3, 1), CmeWindow.EndingOn(new DateOnly(2028, 2, 29), 5).Start);
    }

    private static readonly CmeCredit[] Credits =
    [
        new(new DateOnly(2021, 11, 22), 40), // one day before the window of 2026-11-22
        new(new DateOnly(2021, 11, 23), 30), // first day of it
        new(new DateOnly(2024, 5, 10), 50),
        new(new DateOnly(2026, 11, 22), 40), // last day of it
        new(new DateOnly(2026, 11, 23), 100), // after the evaluation date: ignored
    ];

    [Fact]
    public void Hours_on_both_window_edges_count_and_the_worker_meets_120_hours_until_the_oldest_course_leaves()
    {
        var status = Cme.StatusOn(Credits, new DateOnly(2026, 11, 22), CmeRequirement.Default);

        // 30 + 50 + 40 = 120.
        Assert.Equal(120m, status.Hours);
        Assert.False(status.IsShort);
        // Without the 30 h of 2021-11-23 only 90 h remain; the first window without that day ends 2026-11-23.
        Assert.Equal(new DateOnly(2026, 11, 23), status.DropsBelowOn);
    }

    [Fact]
    public void One_day_earlier_the_course_of_22_November_2021_still_counts_and_leaves_the_next_day()
    {
        var status = Cme.StatusOn(Credits, new DateOnly(2026, 11, 21), CmeRequirement.Default);

        // Window 2021-11-22..2026-11-21: 40 + 30 + 50 = 120; dropping the 40 h leaves 80.
        Assert.Equal(120m, status.Hours);
        Assert.Equal(new DateOnly(2026, 11, 22), status.DropsBelowOn);
    }

    [Fact]
    public void A_worker_below_the_requirement_is_short_by_the_difference()
    {
        var status = Cme.StatusOn([new(new DateOnly(2024, 5, 10), 50), new(new DateOnly(2026, 1, 1), 40)], new DateOnly(2026, 11, 22), new CmeRequirement(120, 5));

        Assert.True(status.IsShort);
        Assert.Equal(30m, status.Shortfall);
        Assert.Null(status.DropsBelowOn);
    }

    [Fact]
    public void A_configured_requirement_of_48_hours_in_2_years_uses_a_two_year_window()
    {
        var status = Cme.StatusOn(Credits, new DateOnly(2026, 11, 22), new CmeRequirement(48, 2));

        // Window 2024-11-23..2026-11-22 holds only the 40 h of 2026-11-22.
        Assert.Equal(40m, status.Hours);
        Assert.True(status.IsShort);
    }
}
