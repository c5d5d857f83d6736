using CoSo.Core.Chronic;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Chronic;

public sealed class ChronicCarePlanTests
{
    private static readonly ChronicProtocol Htn = ChronicCarePlan.Default.DefaultFor(ChronicProgramme.Hypertension);

    [Fact]
    public void The_embedded_hypertension_protocol_steps_up_from_amlodipine_to_a_three_drug_combination()
    {
        Assert.Equal(30, Htn.FollowUpDays);
        Assert.Equal(["Amlodipine 5 mg"], Htn.Steps[0].Drugs.Select(d => d.Name + " " + d.Strength));
        Assert.Equal(["Amlodipine 10 mg", "Losartan 50 mg"], Htn.Steps[2].Drugs.Select(d => d.Name + " " + d.Strength));
        Assert.Equal(4, Htn.Steps.Count);
        Assert.Equal(30, ChronicCarePlan.Default.RefusalSnoozeDays);
    }

    [Theory]
    [InlineData(1, 150, 85, 2)]   // systolic ≥ 140 → step up
    [InlineData(1, 130, 90, 2)]   // diastolic 90 ≥ 90 → step up
    [InlineData(1, 139, 89, 1)]   // controlled → stay
    [InlineData(4, 170, 100, 4)]  // already at the last step
    public void Hypertension_step_follows_the_last_reading(int current, int systolic, int diastolic, int expected) =>
        Assert.Equal(expected, Htn.SuggestStep(current, systolic, diastolic, null, null));

    [Fact]
    public void Without_a_reading_the_step_stays() => Assert.Equal(2, Htn.SuggestStep(2, null, null, null, null));

    [Theory]
    [InlineData("I10", ChronicProgramme.Hypertension)]
    [InlineData("I15.0", ChronicProgramme.Hypertension)]
    [InlineData("E11.9", ChronicProgramme.Diabetes)]
    [InlineData("E14", ChronicProgramme.Diabetes)]
    public void Registry_codes_map_to_their_programme(string code, ChronicProgramme programme) =>
        Assert.Equal(programme, ChronicCodes.ProgrammeOf(code));

    [Theory]
    [InlineData("I16")]
    [InlineData("I09")]
    [InlineData("E15")]
    [InlineData("J10")]
    public void Neighbouring_codes_are_not_registry_codes(string code) => Assert.Null(ChronicCodes.ProgrammeOf(code));

    // QĐ 3087/QĐ-BYT (2020): screen everyone aged ≥ 45, and adults with BMI ≥ 23 plus at least one factor.
    [Fact]
    public void Age_45_alone_is_high_risk_and_44_is_not()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        Assert.Equal([HighRiskReason.Age], rules.Evaluate(new HighRiskFacts(45, null, false, false, null, null)));
        Assert.Empty(rules.Evaluate(new HighRiskFacts(44, 22.9m, true, true, 120, 80)));
    }

    [Fact]
    public void Bmi_23_needs_one_factor_and_the_band_23_to_25_counts()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        // BMI 24 without a factor: not high-risk (the old rule, BMI ≥ 25 alone, missed this band and took anyone above it).
        Assert.Empty(rules.Evaluate(new HighRiskFacts(30, 24.0m, false, false, 120, 80)));
        Assert.Empty(rules.Evaluate(new HighRiskFacts(30, 27.0m, false, false, 120, 80)));
        Assert.Equal([HighRiskReason.Bmi, HighRiskReason.FamilyHistory], rules.Evaluate(new HighRiskFacts(30, 23.0m, false, true, 120, 80)));
        Assert.Empty(rules.Evaluate(new HighRiskFacts(30, 22.9m, false, true, 120, 80)));
    }

    [Theory]
    [InlineData(Sex.Male, 90, true)]
    [InlineData(Sex.Male, 89, false)]
    [InlineData(Sex.Female, 80, true)]
    [InlineData(Sex.Female, 79, false)]
    public void Waist_is_a_factor_at_90_cm_for_men_and_80_cm_for_women(Sex sex, int waist, bool highRisk)
    {
        var facts = new HighRiskFacts(35, 23.5m, false, false, 120, 80) { Sex = sex, WaistCm = waist };
        Assert.Equal(highRisk, HighRiskRules.IsHighRisk(ChronicCarePlan.Default.HighRisk.Evaluate(facts)));
    }

    [Fact]
    public void Each_ministry_factor_counts_with_bmi_23()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        var baseFacts = new HighRiskFacts(35, 23.1m, false, false, 120, 80) { Sex = Sex.Female };
        Assert.Contains(HighRiskReason.Hypertension, rules.Evaluate(baseFacts with { Hypertension = true }));
        Assert.Contains(HighRiskReason.Inactivity, rules.Evaluate(baseFacts with { Inactive = true }));
        Assert.Contains(HighRiskReason.GestationalDiabetes, rules.Evaluate(baseFacts with { GestationalDiabetes = true }));
        Assert.Contains(HighRiskReason.Prediabetes, rules.Evaluate(baseFacts with { Prediabetes = true }));
        // Tobacco is not one of the Ministry's criteria.
        Assert.Empty(rules.Evaluate(baseFacts with { CurrentTobacco = true }));
    }

    [Fact]
    public void A_raised_reading_without_a_diagnosis_is_to_confirm_not_a_t4_high_risk_person()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        var reasons = rules.Evaluate(new HighRiskFacts(30, 21m, false, false, 150, 85));
        Assert.Equal([HighRiskReason.RaisedReading], reasons);
        Assert.False(HighRiskRules.IsHighRisk(reasons));
        // With BMI ≥ 23 the raised reading is the hypertension factor.
        Assert.True(HighRiskRules.IsHighRisk(rules.Evaluate(new HighRiskFacts(30, 23m, false, false, 150, 85))));
    }

    [Fact]
    public void A_check_needs_both_bp_and_glucose_after_the_same_date_a_year_earlier()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        var today = new DateOnly(2026, 3, 15);
        Assert.True(rules.IsChecked(new DateOnly(2025, 3, 16), new DateOnly(2026, 1, 1), today));
        Assert.False(rules.IsChecked(new DateOnly(2025, 3, 15), new DateOnly(2026, 1, 1), today));
        Assert.False(rules.IsChecked(new DateOnly(2026, 1, 1), null, today));
    }
}
