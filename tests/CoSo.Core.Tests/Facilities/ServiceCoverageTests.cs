using CoSo.Core.Facilities;

namespace CoSo.Core.Tests.Facilities;

public sealed class ServiceCoverageTests
{
    private static readonly TechnicalService[] List = Enumerable.Range(1, 10).Select(i => new TechnicalService($"S{i:00}", "g", "n")).ToArray();

    [Fact]
    public void Nine_of_ten_listed_services_meet_the_90_percent_target_and_unlisted_codes_do_not_count()
    {
        var c = ServiceCoverage.Of(["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "s09", "X99", "S01"], List);

        Assert.Equal(9, c.Performed);
        Assert.Equal(90m, c.Percent);
        Assert.True(c.MeetsTarget);
    }

    [Fact]
    public void Eight_of_ten_is_below_target()
    {
        Assert.False(ServiceCoverage.Of(["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08"], List).MeetsTarget);
    }
}
