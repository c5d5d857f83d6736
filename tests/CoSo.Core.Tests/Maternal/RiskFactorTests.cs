using CoSo.Core.Maternal;
using static CoSo.Core.Tests.Maternal.Dates;

namespace CoSo.Core.Tests.Maternal;

public sealed class RiskFactorTests
{
    // LMP 10/03/2026: EDD 17/12/2026 (Naegele); 20 weeks on 28/07/2026.
    private static Pregnancy Dated() => new() { FirstContactDate = D("01/04/2026"), LastMenstrualPeriod = D("10/03/2026") };

    [Theory]
    // 17 at the EDD (18 the next day): under 18.
    [InlineData("18/12/2008", true, false)]
    // 18 on the EDD itself.
    [InlineData("17/12/2008", false, false)]
    // 36 at the EDD: over 35.
    [InlineData("01/01/1990", false, true)]
    // 35 at the EDD (36 the next day): not over 35.
    [InlineData("18/12/1990", false, false)]
    public void Age_counts_in_completed_years_at_the_expected_delivery(string birth, bool under18, bool over35)
    {
        var risks = RiskFactors.Evaluate(Dated(), D(birth), []);

        Assert.Equal(under18, risks.Contains(RiskFactor.AgeUnder18));
        Assert.Equal(over35, risks.Contains(RiskFactor.AgeOver35));
    }

    [Fact]
    public void History_and_status_recorded_at_registration_are_risk_factors()
    {
        var p = Dated();
        p.PreviousCaesarean = true;
        p.HivStatus = InfectionStatus.Positive;
        p.SyphilisStatus = InfectionStatus.Negative;
        p.HepatitisBStatus = InfectionStatus.Positive;

        var risks = RiskFactors.Evaluate(p, D("01/01/1996"), []);

        Assert.Equal([RiskFactor.PreviousCaesarean, RiskFactor.HivPositive, RiskFactor.HepatitisBPositive], risks);
    }

    [Fact]
    public void Contacts_add_anaemia_below_11_raised_glucose_from_5_1_positive_tests_and_the_pre_eclampsia_warning()
    {
        AntenatalContact[] contacts =
        [
            // 11.0 g/dL is not anaemia; 5.0 mmol/L is not raised; 135/85 is not hypertension.
            new() { ContactDate = D("20/04/2026"), HaemoglobinGdl = 11.0m, FastingGlucoseMmol = 5.0m, Systolic = 135, Diastolic = 85 },
            // 10.9 is anaemia; 5.1 is raised (WHO 2013); syphilis positive; 140/85 at 20+0 is the pre-eclampsia warning.
            new() { ContactDate = D("28/07/2026"), HaemoglobinGdl = 10.9m, FastingGlucoseMmol = 5.1m, SyphilisTest = InfectionStatus.Positive, Systolic = 140, Diastolic = 85 },
        ];

        var risks = RiskFactors.Evaluate(Dated(), D("01/01/1996"), contacts);

        Assert.Equal([RiskFactor.Hypertension, RiskFactor.Diabetes, RiskFactor.Anaemia, RiskFactor.SyphilisPositive, RiskFactor.PreEclampsiaWarning], risks);
    }

    [Fact]
    public void Raised_pressure_before_20_weeks_is_hypertension_without_the_pre_eclampsia_warning()
    {
        // 27/07/2026 is 19 weeks 6 days.
        AntenatalContact[] contacts = [new() { ContactDate = D("27/07/2026"), Systolic = 150, Diastolic = 95 }];

        var risks = RiskFactors.Evaluate(Dated(), D("01/01/1996"), contacts);

        Assert.Equal([RiskFactor.Hypertension], risks);
    }
}
