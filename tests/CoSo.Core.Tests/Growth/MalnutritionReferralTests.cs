using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Growth;

public sealed class MalnutritionReferralTests
{
    private static readonly GrowthStandards Standards = GrowthStandards.LoadDefault();

    [Fact]
    public void Severe_wasting_calls_for_referral()
    {
        // wflanthro, girls, 70.0 cm: a weight below the −3 SD curve.
        var row = Standards.AtLength(GrowthIndicator.WeightForLength, Sex.Female, 70)!.Value;
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Female, 300, row.At(-3.2), 70));

        Assert.Equal(WeightForLengthClass.SevereWasting, result.WeightForLength);
        Assert.True(MalnutritionReferral.IsSevereAcute(result, oedema: false, muacMm: 130));
    }

    [Fact]
    public void Oedema_calls_for_referral_whatever_the_weight()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 400, 9.5, 75, Oedema: true));

        Assert.True(MalnutritionReferral.IsSevereAcute(result, oedema: true, muacMm: null));
    }

    [Theory]
    [InlineData(183, 114, true)]
    [InlineData(183, 115, false)]
    [InlineData(182, 100, false)] // MUAC is not read before 6 months
    public void A_muac_under_115_mm_from_6_months_calls_for_referral(int ageDays, int muacMm, bool refer)
    {
        // A normal child otherwise: weianthro/lenanthro medians of boys around 6 months.
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, ageDays, 7.9, 67.6));

        Assert.Equal(refer, MalnutritionReferral.IsSevereAcute(result, oedema: false, muacMm: muacMm));
    }

    [Fact]
    public void A_child_of_60_months_is_not_assessed_for_referral()
    {
        var result = ZScoreCalculator.Assess(Standards, new Anthropometry(Sex.Male, 1827, 10, 100));

        Assert.False(MalnutritionReferral.IsSevereAcute(result, oedema: false, muacMm: 100));
    }
}
