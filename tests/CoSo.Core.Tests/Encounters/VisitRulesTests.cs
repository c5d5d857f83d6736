using CoSo.Core.Encounters;

namespace CoSo.Core.Tests.Encounters;

public sealed class VisitRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Impossible_values_are_errors_and_unusual_ones_are_warnings()
    {
        var result = VisitRules.Validate(new VisitInput { Systolic = 220, Diastolic = 130, Pulse = 300, SpO2 = 91 }, Now, _ => true);
        Assert.Equal(["pulse"], result.Errors.Select(e => e.Field));
        Assert.Equal(["systolic", "diastolic", "spO2"], result.Warnings.Select(e => e.Field));
    }

    [Fact]
    public void Normal_values_raise_nothing()
    {
        var result = VisitRules.Validate(new VisitInput { Systolic = 120, Diastolic = 80, Pulse = 72, TemperatureC = 36.8m, SpO2 = 98, WeightKg = 55, HeightCm = 158 }, Now, _ => true);
        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Blood_pressure_needs_both_numbers_and_diastolic_below_systolic()
    {
        Assert.Equal(["bp.pair"], VisitRules.Validate(new VisitInput { Systolic = 120 }, Now, _ => true).Errors.Select(e => e.Code));
        Assert.Equal(["bp.order"], VisitRules.Validate(new VisitInput { Systolic = 90, Diastolic = 95 }, Now, _ => true).Errors.Select(e => e.Code));
    }

    [Fact]
    public void Diagnoses_must_exist_and_have_exactly_one_main()
    {
        var known = new HashSet<string> { "I10", "E11.9" };
        var input = new VisitInput { Diagnoses = [new("I10", true), new("E119", true), new("X99.99", false)] };
        var codes = VisitRules.Validate(input, Now, known.Contains).Errors.Select(e => (e.Field, e.Code)).ToList();
        Assert.Equal([("diagnoses", "diagnosis.main"), ("diagnoses[2].code", "icd.unknown")], codes);
    }

    [Fact]
    public void Follow_up_must_be_after_the_local_visit_date()
    {
        // 03:00 UTC is 10:00 in Hà Nội on 2026-11-22.
        var sameDay = new VisitInput { FollowUpDate = new DateOnly(2026, 11, 22) };
        Assert.Equal(["followUp.date"], VisitRules.Validate(sameDay, Now, _ => true).Errors.Select(e => e.Code));
        Assert.True(VisitRules.Validate(sameDay with { FollowUpDate = new DateOnly(2026, 12, 22) }, Now, _ => true).IsValid);
    }

    [Theory]
    [InlineData(62.5, 160, 24.4)] // 62.5 / 1.6² = 24.414
    [InlineData(80, 175, 26.1)]   // 80 / 1.75² = 26.122
    [InlineData(50, 150, 22.2)]   // 50 / 2.25 = 22.222
    public void Bmi_is_weight_over_height_squared_to_one_decimal(double weight, double height, double expected)
    {
        Assert.Equal((decimal)expected, VisitRules.Bmi((decimal)weight, (decimal)height));
    }

    [Theory]
    [InlineData("i10", "I10")]
    [InlineData("E119", "E11.9")]
    [InlineData(" j06.9 ", "J06.9")]
    public void Icd_codes_are_normalised_to_the_dotted_upper_case_form(string input, string expected)
    {
        Assert.Equal(expected, VisitRules.NormalizeIcd(input));
    }
}
