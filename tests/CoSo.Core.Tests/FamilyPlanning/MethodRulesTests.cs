using CoSo.Core.FamilyPlanning;

namespace CoSo.Core.Tests.FamilyPlanning;

/// <summary>Resupply intervals as the family-planning handbook gives them: DMPA every 13 weeks, one pill cycle = 28 days.</summary>
public sealed class MethodRulesTests
{
    [Fact]
    public void An_injection_is_due_again_thirteen_weeks_later() =>
        Assert.Equal(new DateOnly(2027, 3, 2), MethodRules.NextSupplyDue(ContraceptiveMethod.Injectable, new DateOnly(2026, 12, 1), 1));

    [Theory]
    [InlineData(1, "2026-12-29")]
    [InlineData(3, "2027-02-23")]
    public void Pills_are_due_when_the_cycles_given_run_out(int cycles, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), MethodRules.NextSupplyDue(ContraceptiveMethod.Pill, new DateOnly(2026, 12, 1), cycles));

    [Fact]
    public void A_copper_iud_is_reviewed_after_ten_years_and_an_implant_after_three() =>
        Assert.Equal((new DateOnly(2036, 12, 1), new DateOnly(2029, 12, 1)),
            (MethodRules.NextSupplyDue(ContraceptiveMethod.Iud, new DateOnly(2026, 12, 1), 1), MethodRules.NextSupplyDue(ContraceptiveMethod.Implant, new DateOnly(2026, 12, 1), 1)));

    [Fact]
    public void Condoms_and_sterilisation_have_no_due_date_and_traditional_methods_are_not_modern()
    {
        Assert.Null(MethodRules.NextSupplyDue(ContraceptiveMethod.Condom, new DateOnly(2026, 12, 1), 20));
        Assert.Null(MethodRules.NextSupplyDue(ContraceptiveMethod.FemaleSterilisation, new DateOnly(2026, 12, 1), 1));
        Assert.False(MethodRules.Of(ContraceptiveMethod.Traditional).Modern);
        Assert.All(MethodRules.All.Where(r => r.Method != ContraceptiveMethod.Traditional), r => Assert.True(r.Modern));
    }

    [Theory]
    [InlineData("2011-12-02", true)]
    [InlineData("2011-12-03", false)]
    [InlineData("1977-12-03", true)]
    [InlineData("1976-12-02", false)]
    public void Reproductive_age_is_15_to_49_on_the_day(string birth, bool expected) =>
        Assert.Equal(expected, MethodRules.ReproductiveAge(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 2)));
}
