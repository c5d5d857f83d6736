using CoSo.Core.Maternal;

namespace CoSo.Core.Tests.Maternal;

/// <summary>
/// WHO's duration of protection after 1–5 tetanus-toxoid doses (TT1 none; TT2 3 years; TT3 5 years; TT4 10 years; TT5
/// all childbearing years), the second dose at least two weeks before delivery. Each case is worked from that table.
/// </summary>
public sealed class TetanusProtectionTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // One dose protects no one.
    [InlineData("2026-03-01", "", "", "", "", "2026-09-01", false)]
    // Two doses a month apart in this pregnancy, the second 3 months before delivery → protected.
    [InlineData("2026-03-01", "2026-04-01", "", "", "", "2026-07-01", true)]
    // The second dose 10 days before delivery: too late (two weeks needed) → not protected.
    [InlineData("2026-03-01", "2026-06-21", "", "", "", "2026-07-01", false)]
    // Exactly 14 days before → protected.
    [InlineData("2026-03-01", "2026-06-17", "", "", "", "2026-07-01", true)]
    // Two doses in 2022: 3 years ran out on 01/05/2025 → a delivery in 2026 is not protected.
    [InlineData("2022-04-01", "2022-05-01", "", "", "", "2026-02-01", false)]
    // …but on 01/05/2025 itself (3 years to the day) it still is.
    [InlineData("2022-04-01", "2022-05-01", "", "", "", "2025-05-01", true)]
    // Three doses, the third in 2022: 5 years → protected in 2026.
    [InlineData("2021-01-10", "2021-02-10", "2022-01-10", "", "", "2026-11-30", true)]
    // Three doses, the third in 2019: 5 years ran out in 2024 → not protected in 2026.
    [InlineData("2018-01-10", "2018-02-10", "2019-01-10", "", "", "2026-11-30", false)]
    // Four doses, the fourth in 2017: 10 years → protected in 2026.
    [InlineData("2014-01-10", "2014-02-10", "2015-01-10", "2017-03-01", "", "2026-11-30", true)]
    // Five doses, the last in 2005: all childbearing years → protected in 2026.
    [InlineData("2001-01-10", "2001-02-10", "2002-01-10", "2003-03-01", "2005-03-01", "2026-11-30", true)]
    // Three doses, the third 5 days before delivery, the second 8 months before: the second still covers → protected.
    [InlineData("2025-09-01", "2025-10-15", "2026-06-26", "", "", "2026-07-01", true)]
    public void Protection_at_birth_follows_WHOs_table(string d1, string d2, string d3, string d4, string d5, string delivery, bool expected)
    {
        var doses = new[] { d1, d2, d3, d4, d5 }.Where(s => s.Length > 0).Select(D).ToList();
        Assert.Equal(expected, TetanusProtection.ProtectedAtBirth(doses, D(delivery)));
    }
}
