using CoSo.Core.Indicators;

namespace CoSo.Core.Tests.Indicators;

/// <summary>
/// Which population T1 and T3 are divided by (docs/indicators.md, "Population denominator"), on a hand-built tree:
/// province P → regional centre R → stations S1, S2; station S3 directly under P; village V1 under S1.
/// </summary>
public sealed class PopulationDenominatorsTests
{
    private static readonly Guid P = Guid.NewGuid(), R = Guid.NewGuid(), S1 = Guid.NewGuid(), S2 = Guid.NewGuid(), S3 = Guid.NewGuid(), V1 = Guid.NewGuid();
    private static readonly TreeNode[] Tree = [new(P, null), new(R, P), new(S1, R), new(S2, R), new(S3, P), new(V1, S1)];
    private static readonly HashSet<Guid> Stations = [S1, S2, S3];

    private static PopulationFigure F(Guid unit, int year, long population) => new() { OrgUnitId = unit, Year = year, Population = population, Source = "GSO " + year };

    [Fact]
    public void A_station_uses_its_figure_of_the_year_or_else_the_latest_earlier_year_never_a_later_one()
    {
        var figures = new[] { F(S1, 2024, 1_000), F(S1, 2026, 1_100), F(S2, 2027, 900) };

        var y2025 = PopulationDenominators.Resolve(Tree, Stations, figures, 2025);

        Assert.Equal(1_000, y2025[S1].Population);               // 2024's figure serves 2025
        Assert.Equal((true, 2024, 2024), (y2025[S1].Own, y2025[S1].FromYear, y2025[S1].ToYear));
        Assert.False(y2025.ContainsKey(S2));                      // 2027's figure is not used for 2025
        Assert.Equal(1_100, PopulationDenominators.Resolve(Tree, Stations, figures, 2026)[S1].Population);
        Assert.Equal(900, PopulationDenominators.Resolve(Tree, Stations, figures, 2027)[S2].Population);
    }

    [Fact]
    public void A_unit_above_the_stations_sums_its_parts_only_when_every_part_has_a_figure()
    {
        // R = S1 + S2 = 1,000 + 950; P = R + S3 = 1,950 + 2,050 = 4,000. The village has no station below it and is not a part.
        var all = PopulationDenominators.Resolve(Tree, Stations, [F(S1, 2026, 1_000), F(S2, 2025, 950), F(S3, 2026, 2_050)], 2026);
        Assert.Equal((1_950L, false, 2, 2025, 2026), (all[R].Population, all[R].Own, all[R].Parts, all[R].FromYear, all[R].ToYear));
        Assert.Equal((4_000L, 2), (all[P].Population, all[P].Parts));
        Assert.False(all.ContainsKey(V1));

        // S3 without a figure: P has no population (a partial sum would divide P's whole numerator by part of its people); R still has one.
        var partial = PopulationDenominators.Resolve(Tree, Stations, [F(S1, 2026, 1_000), F(S2, 2026, 950)], 2026);
        Assert.Equal(1_950, partial[R].Population);
        Assert.False(partial.ContainsKey(P));
        Assert.False(partial.ContainsKey(S3));
    }

    [Fact]
    public void An_own_figure_above_the_stations_wins_over_the_sum_below_it()
    {
        var resolved = PopulationDenominators.Resolve(Tree, Stations, [F(S1, 2026, 1_000), F(S2, 2026, 950), F(S3, 2026, 2_050), F(P, 2026, 4_200)], 2026);

        Assert.Equal((4_200L, true, 0), (resolved[P].Population, resolved[P].Own, resolved[P].Parts));
        Assert.Equal("GSO 2026", resolved[P].Source);
    }

    [Fact]
    public void T1_is_judged_on_the_population_when_the_unit_has_one_and_on_the_registry_otherwise()
    {
        // Worked example: population 1,000, 950 in CoSo's registry, 900 with a valid card → judged 90.0 % (below 95 %),
        // while the registry share is 94.7 %; without a population figure the registry share is what is judged.
        var t1 = Targets2030.T1;
        Assert.Equal(90.0m, t1.JudgedValueOf(900, 950, 1_000));
        Assert.Equal(94.7m, Math.Round(t1.JudgedValueOf(900, 950, null)!.Value, 1));
        Assert.Equal(94.7m, Math.Round(t1.JudgedValueOf(900, 950, 0)!.Value, 1));
        // T2 is a share of the station's visitors, never judged on the population.
        Assert.Equal(Targets2030.T2.ValueOf(900, 950), Targets2030.T2.JudgedValueOf(900, 950, 1_000));
    }
}
