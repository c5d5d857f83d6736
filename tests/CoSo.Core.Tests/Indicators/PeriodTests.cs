using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-10", "2026-10-01", "2026-10-31", "202610", "2026-10-01/P1M")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", "202402", "2024-02-01/P1M")]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30", "2026Q3", "2026-07-01/P3M")]
    [InlineData("2026", "2026-01-01", "2026-12-31", "2026", "2026-01-01/P1Y")]
    public void Parses_periods_with_their_bounds_and_dhis2_forms(string text, string start, string end, string dhis2, string adx)
    {
        var p = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
        Assert.Equal(dhis2, p.ToDhis2());
        Assert.Equal(adx, p.ToAdx());
        Assert.Equal(text, p.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("26-10")]
    [InlineData("")]
    public void Rejects_malformed_periods(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void Previous_crosses_year_boundaries()
    {
        Assert.Equal("2025-11", Period.Parse("2026-01").Previous(2).ToString());
        Assert.Equal("2025-Q4", Period.Parse("2026-Q1").Previous().ToString());
        Assert.Equal("2026-Q4", Period.Parse("2026-10").As(PeriodType.Quarter).ToString());
    }

    [Fact]
    public void Targets_t1_to_t3_and_t9_are_real_definitions_and_the_others_wait_for_their_features_sources()
    {
        Assert.Equal(12, Targets2030.All.Count);
        Assert.Equal(["T1", "T2", "T3", "T9"], Targets2030.All.Where(d => d.DataAvailable).Select(d => d.Code));
    }
}
