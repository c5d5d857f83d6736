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
        var findings = AlertEvaluator.Evaluate(covid, Series, [], new DateOnly(2026, 4, 1), AlertLevel.District);

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
        Assert.DoesNotContain(AlertEvaluator.Evaluate(covid, series, [], new DateOnly(2026, 4, 1), AlertLevel.District), f => f.Method == "C1");
    }

    [Fact]
    public void A_single_cholera_case_on_the_day_meets_the_group_A_threshold_of_one_case()
    {
        var cholera = Catalogue.FindByCode("cholera")!;
        var day = new DateOnly(2026, 4, 1);
        var finding = Assert.Single(AlertEvaluator.Evaluate(cholera, [0, 0, 1], [day], day, AlertLevel.Commune));
        Assert.Equal((AlertEvaluator.Threshold, 1), (finding.Method, finding.Count));

        // Sunday 2026-03-29 is in the previous ISO week (W13): it raised W13's alert, not W14's.
        Assert.Empty(AlertEvaluator.Evaluate(cholera, [0, 1, 0], [new DateOnly(2026, 3, 29)], day, AlertLevel.Commune));
    }

    [Fact]
    public void Yesterdays_cholera_case_still_meets_the_threshold_in_this_week_when_the_job_runs_after_midnight()
    {
        // The nightly job judges Wednesday 2026-04-01 at 00:30; the case began on Tuesday 03-31, same ISO week (W14).
        var cholera = Catalogue.FindByCode("cholera")!;
        var finding = Assert.Single(AlertEvaluator.Evaluate(cholera, [0, 0, 1], [new DateOnly(2026, 3, 31)], new DateOnly(2026, 4, 1), AlertLevel.Commune));
        Assert.Equal((AlertEvaluator.Threshold, 1), (finding.Method, finding.Count));
    }

    [Fact]
    public void Every_week_of_a_range_is_judged_C1_alarms_in_the_two_outbreak_weeks_worked_out_by_hand()
    {
        // Weeks 0–6 have no case, week 7 has 2, week 8 has 4, weeks 9–11 none.
        // District level, minSigma 0.5, at least 2 cases.
        // Week 7: baseline weeks 0–6 all 0 → mean 0, sd 0 raised to minSigma 0.5, upper 3.090232 · 0.5 = 1.545116; 2 > 1.55 alarms.
        // Week 8: baseline weeks 1–7 = 0,0,0,0,0,0,2 → mean 2/7 = 0.285714; Σ(x−m)² = 6·(2/7)² + (12/7)² = 168/49,
        //   var = 168/49/6 = 4/7, sd = 0.755929; upper = 0.285714 + 3.090232 · 0.755929 (= 2.335996) = 2.621710; 4 > 2.62 alarms.
        // C2 (from week 9) and C3 (from week 11) only meet weeks without cases, which never alarm.
        var covid = Catalogue.FindByCode("covid19")!;
        var findings = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(covid, [0, 0, 0, 0, 0, 0, 0, 2, 4, 0, 0, 0], [], 0, 7, findings, AlertLevel.District);

        Assert.Equal([7, 8], findings.Select(f => f.WeekIndex));
        Assert.All(findings, f => Assert.Equal("C1", f.Finding.Method));
        Assert.Equal((2, 0.0, 0.0), (findings[0].Finding.Count, findings[0].Finding.Mean, findings[0].Finding.StandardDeviation));
        Assert.Equal(1.545116, findings[0].Finding.UpperBound!.Value, 5);
        Assert.Equal(4, findings[1].Finding.Count);
        Assert.Equal(0.285714, findings[1].Finding.Mean!.Value, 6);
        Assert.Equal(0.755929, findings[1].Finding.StandardDeviation!.Value, 6);
        Assert.Equal(2.621710, findings[1].Finding.UpperBound!.Value, 5);
    }

    [Fact]
    public void Weeks_before_the_first_judged_one_raise_nothing()
    {
        var covid = Catalogue.FindByCode("covid19")!;
        var findings = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(covid, [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0], [], 0, 8, findings, AlertLevel.District);
        Assert.Empty(findings);
    }

    [Fact]
    public void Two_dengue_cases_eight_days_apart_meet_the_14_day_rule_in_the_week_of_the_second_only()
    {
        // Dengue: 2 cases within 14 days. Day 0 (Monday of week 0): 1 case; day 8 (Tuesday of week 1): 1 case.
        // Week 0: the window ending day 0 holds 1 < 2. Week 1: the window (day −6 … day 8) holds 2 ≥ 2.
        var dengue = Catalogue.FindByCode("dengue")!;
        var findings = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(dengue, [1, 1], [new DailyCount(0, 1), new DailyCount(8, 1)], 0, 0, findings, AlertLevel.Commune);

        var f = Assert.Single(findings);
        Assert.Equal((1, AlertEvaluator.Threshold, 2, 2.0), (f.WeekIndex, f.Finding.Method, f.Finding.Count, f.Finding.UpperBound));
    }

    [Fact]
    public void Dengue_cases_fifteen_days_apart_never_meet_the_14_day_rule()
    {
        // Day 0 and day 14: the window ending day 14 is days 1 … 14 and holds 1 case.
        var dengue = Catalogue.FindByCode("dengue")!;
        var findings = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(dengue, [1, 0, 1], [new DailyCount(0, 1), new DailyCount(14, 1)], 0, 0, findings, AlertLevel.Commune);
        Assert.Empty(findings);
    }

    [Fact]
    public void One_case_after_empty_weeks_is_no_district_alert_two_are_one_alert_with_every_method_as_evidence()
    {
        // Weeks 0–9 empty. minSigma 0.5: C1 bound 1.545 (1 case does not exceed it, and 1 < the minimum of 2);
        // C2 (lag 2) likewise; C3 sums the C2 excesses (2 − 1.545)/0.5 = 0.91 of this week only, under its threshold 2.
        var covid = Catalogue.FindByCode("covid19")!;
        var one = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(covid, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [], 0, 10, one, AlertLevel.District);
        Assert.Empty(one);

        // 3 cases: C1 and C2 both exceed 1.545 → one finding, C1's figures, evidence "C1", "C2".
        var three = new List<WeekFinding>();
        AlertEvaluator.EvaluateWeeks(covid, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], [], 0, 10, three, AlertLevel.District);
        var f = Assert.Single(three);
        Assert.Equal(("C1", 3), (f.Finding.Method, f.Finding.Count));
        Assert.Equal(["C1", "C2"], f.Finding.Methods);
    }

    [Fact]
    public void A_commune_is_judged_by_its_fixed_threshold_and_a_district_by_statistics_only()
    {
        // Cholera (threshold 1 case in 1 day): one case is a commune alert, and not a district one (1 < 2 cases).
        var cholera = Catalogue.FindByCode("cholera")!;
        var day = new DateOnly(2026, 4, 1);
        Assert.Single(AlertEvaluator.Evaluate(cholera, [0, 0, 1], [day], day, AlertLevel.Commune));
        Assert.Empty(AlertEvaluator.Evaluate(cholera, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [day], day, AlertLevel.District));

        // Viral hepatitis has neither a fixed threshold nor a commune statistical rule: a commune never alarms on it,
        // whatever its counts (here 30 cases after weeks of 2 or 3).
        var hepatitis = Catalogue.FindByCode("viral_hepatitis")!;
        Assert.Null(hepatitis.CommuneStatistical);
        Assert.Empty(AlertEvaluator.Evaluate(hepatitis, [.. Series[..^1], 30], [], day, AlertLevel.Commune));
    }

    // Acute diarrhoea in a commune: EARS C2, minSigma 1, at least 3 cases (catalogue). C2 judges week 11 on weeks 2–8
    // (two weeks of guard band): 1,0,2,1,0,1,2 → Σ = 7, mean 1; Σ(x − 1)² = 0+1+1+0+1+0+1 = 4, sd = √(4/6) = 0.816497,
    // below minSigma, so σ = 1 and the bound is 1 + 3.090232 · 1 = 4.090232. 5 cases alarm; 4 do not.
    private static readonly int[] Diarrhoea = [0, 1, 1, 0, 2, 1, 0, 1, 2, 1, 2, 5];

    [Fact]
    public void The_commune_rule_for_diarrhoea_fires_on_five_cases_over_a_bound_worked_out_by_hand()
    {
        var diarrhoea = Catalogue.FindByCode("diarrhoea")!;
        Assert.Equal(new CommuneStatisticalRule(Core.Surveillance.Ears.EarsMethod.C2, 1, 3), diarrhoea.CommuneStatistical);
        Assert.Null(diarrhoea.AlertRule);

        var f = Assert.Single(AlertEvaluator.Evaluate(diarrhoea, Diarrhoea, [], new DateOnly(2026, 4, 1), AlertLevel.Commune));
        Assert.Equal(("C2", 5), (f.Method, f.Count));
        Assert.Equal(["C2"], f.Methods);
        Assert.Equal(1.0, f.Mean!.Value, 9);
        Assert.Equal(0.816497, f.StandardDeviation!.Value, 6);
        Assert.Equal(4.090232, f.UpperBound!.Value, 6);

        int[] four = [.. Diarrhoea[..^1], 4];
        Assert.Empty(AlertEvaluator.Evaluate(diarrhoea, four, [], new DateOnly(2026, 4, 1), AlertLevel.Commune));
    }

    [Fact]
    public void The_commune_rule_for_diarrhoea_stays_quiet_on_a_flat_series_and_on_three_cases_after_empty_weeks()
    {
        // Flat at 2: mean 2, sd 0 → σ = 1, bound 5.090232; neither a 2 nor a rise to 4 exceeds it.
        var diarrhoea = Catalogue.FindByCode("diarrhoea")!;
        var day = new DateOnly(2026, 4, 1);
        Assert.Empty(AlertEvaluator.Evaluate(diarrhoea, Enumerable.Repeat(2, 12).ToArray(), [], day, AlertLevel.Commune));
        Assert.Empty(AlertEvaluator.Evaluate(diarrhoea, [.. Enumerable.Repeat(2, 11), 4], [], day, AlertLevel.Commune));

        // Empty baseline: bound 3.090232 (minSigma 1); 3 cases stay under it, 4 exceed it.
        Assert.Empty(AlertEvaluator.Evaluate(diarrhoea, [.. Enumerable.Repeat(0, 11), 3], [], day, AlertLevel.Commune));
        var f = Assert.Single(AlertEvaluator.Evaluate(diarrhoea, [.. Enumerable.Repeat(0, 11), 4], [], day, AlertLevel.Commune));
        Assert.Equal(3.090232, f.UpperBound!.Value, 6);
    }

    [Fact]
    public void A_commune_rule_with_a_lower_sigma_is_held_back_by_its_minimum_count()
    {
        // minSigma 0.5 on an empty baseline: bound 1.545116, so 2 cases exceed it, but 2 < the minimum of 3.
        var custom = Catalogue.FindByCode("diarrhoea")! with { CommuneStatistical = new CommuneStatisticalRule(Core.Surveillance.Ears.EarsMethod.C2, 0.5, 3) };
        var day = new DateOnly(2026, 4, 1);
        Assert.Empty(AlertEvaluator.Evaluate(custom, [.. Enumerable.Repeat(0, 11), 2], [], day, AlertLevel.Commune));
        Assert.Equal(3, Assert.Single(AlertEvaluator.Evaluate(custom, [.. Enumerable.Repeat(0, 11), 3], [], day, AlertLevel.Commune)).Count);
    }
}
