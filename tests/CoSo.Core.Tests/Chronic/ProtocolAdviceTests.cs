using CoSo.Core.Chronic;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Chronic;

/// <summary>
/// The protocol's suggestion against the Ministry of Health 2020 type 2 diabetes guideline (QĐ 5481/QĐ-BYT): adults
/// HbA1c &lt; 7 %, fasting capillary glucose 4.4–7.2 mmol/L (table 3); older people individualised — healthy &lt; 7.5 %,
/// 5.0–7.2; intermediate &lt; 8.0 %, 5.0–8.3; poor health &lt; 8.5 %, 5.6–10.0 (table 4); hypoglycaemia &lt; 3.9 mmol/L.
/// </summary>
public sealed class ProtocolAdviceTests
{
    private static readonly ChronicProtocol Dm = ChronicCarePlan.Default.DefaultFor(ChronicProgramme.Diabetes);
    private static readonly ChronicProtocol Htn = ChronicCarePlan.Default.DefaultFor(ChronicProgramme.Hypertension);

    private static ProtocolPatient Adult(string code = "E11") => new(50, Sex.Male, false, code, Adherence.Good);

    [Theory]
    [InlineData(7.2, 1, AdviceReason.AtTarget)]     // the upper bound is in target: 7.0–7.2 is not stepped up
    [InlineData(7.1, 1, AdviceReason.AtTarget)]
    [InlineData(7.3, 2, AdviceReason.AboveTarget)]
    [InlineData(4.2, 1, AdviceReason.BelowTarget)]  // below 4.4 but not < 3.9
    [InlineData(3.8, 1, AdviceReason.Hypoglycaemia)]
    public void Adult_fasting_glucose_is_judged_against_4_4_to_7_2(double glucose, int step, AdviceReason reason)
    {
        var advice = Dm.Advise(1, Adult(), new ProtocolReadings(FastingGlucose: (decimal)glucose));
        Assert.Equal(step, advice.SuggestedStep);
        Assert.Equal([reason], advice.Reasons);
    }

    [Fact]
    public void The_indicator_keeps_its_own_threshold_fasting_7_1_is_uncontrolled_there_but_not_stepped_up()
    {
        Assert.False(HeartsIndicators.Outcome(new CohortVisit(new DateOnly(2026, 3, 1), FastingGlucose: 7.1m), ChronicProgramme.Diabetes, Dm.Target));
        Assert.Equal(1, Dm.Advise(1, Adult(), new ProtocolReadings(FastingGlucose: 7.1m)).SuggestedStep);
    }

    [Theory]
    [InlineData(50, null, 7.3, 2)]                          // adult: 7.3 ≥ 7.0 → step up
    [InlineData(70, null, 7.3, 1)]                          // older, healthy (default): < 7.5
    [InlineData(70, OlderAdultHealth.Healthy, 7.5, 2)]
    [InlineData(70, OlderAdultHealth.Intermediate, 7.9, 1)] // < 8.0
    [InlineData(70, OlderAdultHealth.Poor, 8.4, 1)]         // < 8.5
    [InlineData(70, OlderAdultHealth.Poor, 8.5, 2)]
    [InlineData(59, OlderAdultHealth.Poor, 7.3, 2)]         // under 60 the adult target applies whatever the status
    public void HbA1c_targets_are_individualised_by_age_and_health(int age, OlderAdultHealth? health, double hba1c, int step)
    {
        var patient = new ProtocolPatient(age, Sex.Female, false, "E11", Adherence.Good, health);
        Assert.Equal(step, Dm.Advise(1, patient, new ProtocolReadings(HbA1c: (decimal)hba1c)).SuggestedStep);
    }

    [Fact]
    public void An_older_person_in_poor_health_is_not_stepped_up_at_a_fasting_glucose_of_9()
    {
        var patient = new ProtocolPatient(78, Sex.Male, false, "E11", Adherence.Good, OlderAdultHealth.Poor);
        var advice = Dm.Advise(1, patient, new ProtocolReadings(FastingGlucose: 9.0m));
        Assert.Equal(1, advice.SuggestedStep);
        Assert.Equal(10.0m, advice.Target!.FastingHigh);
        Assert.Equal(2, Dm.Advise(1, patient, new ProtocolReadings(FastingGlucose: 10.1m)).SuggestedStep);
    }

    [Fact]
    public void Hypoglycaemia_on_a_capillary_reading_steps_down_from_gliclazide()
    {
        var advice = Dm.Advise(3, Adult(), new ProtocolReadings(CapillaryGlucose: 3.5m, HbA1c: 8.0m));
        Assert.True(advice.Alert);
        Assert.Equal(2, advice.SuggestedStep);
        Assert.DoesNotContain(advice.Drugs, d => d.Class == "SU");
    }

    [Theory]
    [InlineData("E10")]
    [InlineData("E13.9")]
    [InlineData("E14")]
    public void Diabetes_other_than_type_2_gets_no_drug_and_a_referral(string code)
    {
        var advice = Dm.Advise(1, Adult(code), new ProtocolReadings(FastingGlucose: 12m));
        Assert.Null(advice.SuggestedStep);
        Assert.Empty(advice.Drugs);
        Assert.Equal([AdviceReason.NotType2Refer], advice.Reasons);
    }

    [Fact]
    public void Hypertension_at_the_last_step_is_referred_and_adherence_comes_before_a_step_up()
    {
        Assert.Equal([AdviceReason.AboveTarget, AdviceReason.LastStepRefer], Htn.Advise(4, Adult("I10"), new ProtocolReadings(160, 100)).Reasons);
        var partial = new ProtocolPatient(50, Sex.Male, false, "I10", Adherence.Partial);
        Assert.Equal(1, Htn.Advise(1, partial, new ProtocolReadings(160, 100)).SuggestedStep);
    }

    [Fact]
    public void Losartan_is_never_suggested_in_pregnancy()
    {
        var pregnant = new ProtocolPatient(30, Sex.Female, true, "I10", Adherence.Good);
        var advice = Htn.Advise(2, pregnant, new ProtocolReadings(150, 95));
        Assert.Equal(2, advice.SuggestedStep);
        Assert.Contains(AdviceReason.PregnancyNoArb, advice.Reasons);
        // Already on step 3 (amlodipine + losartan) when she becomes pregnant: back to the highest step without it.
        var onArb = Htn.Advise(3, pregnant, new ProtocolReadings(130, 80));
        Assert.Equal(2, onArb.SuggestedStep);
        Assert.DoesNotContain(onArb.Drugs, d => d.IsReninAngiotensinBlocker);
        // A man of the same age: step 3 with losartan, no pregnancy reminder.
        var man = Htn.Advise(2, new ProtocolPatient(30, Sex.Male, false, "I10", Adherence.Good), new ProtocolReadings(150, 95));
        Assert.Equal(3, man.SuggestedStep);
        Assert.Equal([AdviceReason.AboveTarget], man.Reasons);
    }
}
