using CoSo.Core.Maternal;

namespace CoSo.Core.Tests.Maternal;

public sealed class PreEclampsiaRuleTests
{
    private static readonly GestationalAge At20Weeks = new(140);
    private static readonly GestationalAge At19Weeks6Days = new(139);

    [Theory]
    [InlineData(139, 89, BloodPressureFinding.None)]
    [InlineData(140, 80, BloodPressureFinding.PreEclampsiaWarning)]
    [InlineData(130, 90, BloodPressureFinding.PreEclampsiaWarning)]
    [InlineData(159, 109, BloodPressureFinding.PreEclampsiaWarning)]
    [InlineData(160, 100, BloodPressureFinding.Severe)]
    [InlineData(150, 110, BloodPressureFinding.Severe)]
    public void From_20_weeks_140_over_90_is_the_warning_and_160_over_110_severe(int systolic, int diastolic, BloodPressureFinding expected) =>
        Assert.Equal(expected, PreEclampsiaRule.Evaluate(At20Weeks, systolic, diastolic, Proteinuria.NotTested));

    [Theory]
    [InlineData(Proteinuria.Negative, BloodPressureFinding.PreEclampsiaWarning)]
    [InlineData(Proteinuria.Plus1, BloodPressureFinding.PreEclampsiaWarning)]
    [InlineData(Proteinuria.Plus2, BloodPressureFinding.SuspectedPreEclampsia)]
    [InlineData(Proteinuria.Plus3, BloodPressureFinding.SuspectedPreEclampsia)]
    public void Proteinuria_of_2_plus_with_the_raised_pressure_is_suspected_pre_eclampsia(Proteinuria protein, BloodPressureFinding expected) =>
        Assert.Equal(expected, PreEclampsiaRule.Evaluate(new GestationalAge(30 * 7), 145, 92, protein));

    [Fact]
    public void Before_20_weeks_raised_pressure_is_hypertension_that_preceded_the_pregnancy() =>
        Assert.Equal(BloodPressureFinding.HypertensionBefore20Weeks, PreEclampsiaRule.Evaluate(At19Weeks6Days, 165, 112, Proteinuria.Plus3));

    [Fact]
    public void Without_dating_raised_pressure_is_flagged_as_such() =>
        Assert.Equal(BloodPressureFinding.RaisedUndated, PreEclampsiaRule.Evaluate(null, 142, 88, Proteinuria.NotTested));

    [Fact]
    public void A_missing_reading_raises_nothing() =>
        Assert.Equal(BloodPressureFinding.None, PreEclampsiaRule.Evaluate(At20Weeks, null, null, Proteinuria.Plus2));
}
