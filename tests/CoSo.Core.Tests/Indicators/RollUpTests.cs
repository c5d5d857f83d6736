using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

public sealed class RollUpTests
{
    private static readonly Guid Nation = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Province = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid District = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid StationA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid StationB = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid StationC = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    // Nation > Province > District > {A, B}; Province > C directly (a province without districts for C: depth varies).
    private static readonly TreeNode[] Tree =
    [
        new(Nation, null), new(Province, Nation), new(District, Province),
        new(StationA, District), new(StationB, District), new(StationC, Province),
    ];

    [Fact]
    public void Totals_are_sums_of_numerators_and_denominators_not_means_of_rates()
    {
        // A = 1/2 (50 %), B = 90/100 (90 %). Mean of rates would be 70 %; the district is 91/102 = 89.22 %.
        var totals = RollUp.Compute([new(StationA, 1, 2), new(StationB, 90, 100)], Tree);

        Assert.Equal(new UnitValue(District, 91, 102), totals[District]);
        Assert.Equal(89.22m, Targets2030.T1.ValueOf(totals[District].Numerator, totals[District].Denominator));
    }

    [Fact]
    public void Every_level_above_gets_the_sum_at_any_depth()
    {
        // Province = A + B + C = (1+90+5)/(2+100+10) = 96/112; the nation equals the province (single province).
        var totals = RollUp.Compute([new(StationA, 1, 2), new(StationB, 90, 100), new(StationC, 5, 10)], Tree);

        Assert.Equal(new UnitValue(Province, 96, 112), totals[Province]);
        Assert.Equal(new UnitValue(Nation, 96, 112), totals[Nation]);
        Assert.Equal(new UnitValue(StationC, 5, 10), totals[StationC]);
        Assert.False(totals.ContainsKey(Guid.Empty));
    }

    [Fact]
    public void Self_and_ancestors_walks_the_parent_links_up_to_the_root()
    {
        Assert.Equal([StationA, District, Province, Nation], RollUp.SelfAndAncestors(StationA, Tree));
        Assert.Equal([StationC, Province, Nation], RollUp.SelfAndAncestors(StationC, Tree));
    }

    [Fact]
    public void A_zero_denominator_has_no_value_rather_than_zero_percent()
    {
        Assert.Null(Targets2030.T1.ValueOf(0, 0));
        Assert.Equal(0m, Targets2030.T1.ValueOf(0, 5));
    }
}
