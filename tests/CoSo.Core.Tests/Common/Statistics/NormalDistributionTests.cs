using CoSo.Core.Common.Statistics;

namespace CoSo.Core.Tests.Common.Statistics;

public sealed class NormalDistributionTests
{
    // Reference values from R 4.x: print(qnorm(c(...)), digits = 16).
    [Theory]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.644853626951472)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.3, -0.5244005127080407)]
    [InlineData(0.02425, -1.9729610513118845)]
    [InlineData(1e-10, -6.3613409024040557)]
    public void Quantile_matches_R_qnorm_to_fourteen_digits(double p, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Quantile(p), 14);
    }

    [Fact]
    public void Quantile_is_antisymmetric_around_one_half()
    {
        Assert.Equal(-NormalDistribution.Quantile(0.999), NormalDistribution.Quantile(0.001), 14);
    }

    [Fact]
    public void Quantile_of_zero_and_one_is_infinite_and_outside_the_unit_interval_throws()
    {
        Assert.Equal(double.NegativeInfinity, NormalDistribution.Quantile(0.0));
        Assert.Equal(double.PositiveInfinity, NormalDistribution.Quantile(1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.Quantile(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.Quantile(double.NaN));
    }
}
