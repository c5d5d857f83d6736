using CoSo.Core.Surveillance;

namespace CoSo.Core.Tests.Surveillance;

public sealed class IsoWeekTests
{
    // 2026-01-01 is a Thursday, so 2026 has 53 ISO weeks: W53 runs Mon 2026-12-28 to Sun 2027-01-03.
    [Theory]
    [InlineData("2026-12-27", 2026, 52)]
    [InlineData("2026-12-28", 2026, 53)]
    [InlineData("2026-12-31", 2026, 53)]
    [InlineData("2027-01-01", 2026, 53)]
    [InlineData("2027-01-03", 2026, 53)]
    [InlineData("2027-01-04", 2027, 1)]
    [InlineData("2024-12-30", 2025, 1)]
    public void Dates_fall_in_their_ISO_week_across_year_boundaries(string date, int year, int week)
    {
        Assert.Equal(new IsoWeek(year, week), IsoWeek.From(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Week_53_prints_with_its_ISO_year_and_its_monday_is_in_the_previous_calendar_year()
    {
        var week = IsoWeek.From(new DateOnly(2027, 1, 1));
        Assert.Equal("2026-W53", week.ToString());
        Assert.Equal(new DateOnly(2026, 12, 28), week.Monday);
        Assert.Equal(new IsoWeek(2027, 1), week.AddWeeks(1));
        Assert.Equal(new IsoWeek(2026, 42), week.AddWeeks(-11));
    }

    [Fact]
    public void Week_numbers_are_consecutive_across_week_53_and_the_stored_form_reads_back()
    {
        var w53 = new IsoWeek(2026, 53);
        Assert.Equal(w53.Number + 1, new IsoWeek(2027, 1).Number);
        Assert.Equal(new IsoWeek(2026, 52).Number + 1, w53.Number);
        Assert.Equal(w53, IsoWeek.FromNumber(w53.Number));

        Assert.True(IsoWeek.TryParse("2026-W53", out var parsed));
        Assert.Equal(w53, parsed);
        Assert.False(IsoWeek.TryParse("2027-W53", out _)); // 2027 has 52 ISO weeks
        Assert.False(IsoWeek.TryParse("2026-W00", out _));
        Assert.False(IsoWeek.TryParse("2026W14", out _));
    }
}
