using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Core.Tests.Surveillance.Alerts;

public sealed class AlertEvaluatorTests
{
    private static readonly NotifiableDiseaseCatalogue Catalogue = NotifiableDiseaseCatalogue.LoadDefault();

    // Baseline (the 7 weeks before the last) = 2,3,2,3,2,3,2: Σx = 17, Σx² = 4·4 + 3·9 = 43,
    // mean = 17/7 = 2.428571, var = (7·43 − 17²)/(7·6) = 12/42, sd = √(2/7) = 0.534522,
    // z(0.999) = 3.090232, upper = 2.428571 + 3.090232 · 0.534522 = 4.080373. 5 > 4.08 alarms; 4 does not.
    internal static readonly int[] Series = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 5];

    [Fact]
    public void C1_alarms_when_the_last_week_exceeds_the_upper_bound_worked_out_by_hand()
    {
        var covid = Catalogue.FindByCode("covid19")!; // no fixed-threshold rule
        var findings = AlertEvaluator.Evaluate(covid, Series, [], new DateOnly(2026, 4, 1));

        var c1 = Assert.Single(findings, f => f.Method == "C1");
        Assert.Equal(5, c1.Count);
        Assert.Equal(17.0 / 7, c1.Mean!.Value, 6);
        Assert.Equal(0.534522, c1.StandardDeviation!.Value, 6);
        Assert.Equal(4.080373, c1.UpperBound!.Value, 5);
    }

    [Fact]
    public void A_last_week_of_4_is_under_the_C1_bound_and_raises_nothing()
    {
        var covid = Catalogue.FindByCode("covid19")!;
        int[] series = [.. Series[..^1], 4];
        Assert.DoesNotContain(AlertEvaluator.Evaluate(covid, series, [], new DateOnly(2026, 4, 1)), f => f.Method == "C1");
    }

    [Fact]
    public void A_single_cholera_case_on_the_day_meets_the_group_A_threshold_of_one_case()
    {
        var cholera = Catalogue.FindByCode("cholera")!;
        var day = new DateOnly(2026, 4, 1);
        var finding = Assert.Single(AlertEvaluator.Evaluate(cholera, [0, 0, 1], [day], day));
        Assert.Equal((AlertEvaluator.Threshold, 1), (finding.Method, finding.Count));
        Assert.Empty(AlertEvaluator.Evaluate(cholera, [0, 0, 1], [day.AddDays(-1)], day));
    }
}
