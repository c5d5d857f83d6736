using CoSo.Core.Chronic;

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

    [Fact]
    public void High_risk_rules_list_every_reason_that_applies()
    {
        var rules = ChronicCarePlan.Default.HighRisk;
        Assert.Empty(rules.Evaluate(new HighRiskFacts(39, 24.9m, false, false, 139, 89)));
        Assert.Equal([HighRiskReason.Age, HighRiskReason.Bmi, HighRiskReason.Tobacco, HighRiskReason.FamilyHistory, HighRiskReason.RaisedReading],
            rules.Evaluate(new HighRiskFacts(40, 25.0m, true, true, 120, 90)));
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
