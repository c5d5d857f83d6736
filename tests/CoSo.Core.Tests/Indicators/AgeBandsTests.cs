using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

public sealed class AgeBandsTests
{
    private static readonly DateOnly On = new(2026, 10, 31);

    // Bands: 0 = under 1, 1 = 1–4, 2 = 5–14, 3 = 15–59, 4 = 60+. A birthday on the date itself counts (age N from that day).
    [Theory]
    [InlineData("2026-10-31", 0)]  // born today
    [InlineData("2025-11-01", 0)]  // 1 tomorrow
    [InlineData("2025-10-31", 1)]  // 1 today
    [InlineData("2021-11-01", 1)]  // 4, 5 tomorrow
    [InlineData("2021-10-31", 2)]  // 5 today
    [InlineData("2011-11-01", 2)]  // 14
    [InlineData("2011-10-31", 3)]  // 15 today
    [InlineData("1966-11-01", 3)]  // 59
    [InlineData("1966-10-31", 4)]  // 60 today
    [InlineData("1920-01-01", 4)]
    public void Band_follows_the_birthday(string birth, int band) =>
        Assert.Equal(band, AgeBands.BandOf(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), 0, On));

    [Theory]
    [InlineData(2026, 0)]  // 1 Jan 2026 → under 1 on 31/10/2026
    [InlineData(2025, 1)]  // 1 Jan 2025 → 1
    [InlineData(2022, 1)]  // 4
    [InlineData(2021, 2)]  // 5
    [InlineData(2011, 3)]  // 15
    [InlineData(1967, 3)]  // 59
    [InlineData(1966, 4)]  // 60
    public void A_birth_year_alone_means_the_first_of_january(int year, int band) =>
        Assert.Equal(band, AgeBands.BandOf(null, year, On));
}
