using CoSo.Core.Encounters;

namespace CoSo.Core.Tests.Encounters;

public sealed class VisitRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    private static readonly IReadOnlyList<DiagnosisInput> Dx = [new("J06.9", true)];

    [Fact]
    public void Impossible_values_are_errors_and_unusual_ones_are_warnings()
    {
        var result = VisitRules.Validate(new VisitInput { Systolic = 220, Diastolic = 130, Pulse = 300, SpO2 = 91, Diagnoses = Dx }, Now, _ => true);
        Assert.Equal(["pulse"], result.Errors.Select(e => e.Field));
        Assert.Equal(["systolic", "diastolic", "spO2"], result.Warnings.Select(e => e.Field));
    }

    [Fact]
    public void Normal_values_raise_nothing()
    {
        var result = VisitRules.Validate(new VisitInput { Systolic = 120, Diastolic = 80, Pulse = 72, TemperatureC = 36.8m, SpO2 = 98, WeightKg = 55, HeightCm = 158, Diagnoses = Dx }, Now, _ => true);
        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_purpose_outside_illness_periodic_check_and_screening_is_refused()
    {
        Assert.Equal(["visit.purpose"], VisitRules.Validate(new VisitInput { Purpose = (VisitPurpose)7, Diagnoses = Dx }, Now, _ => true).Errors.Select(e => e.Code));
        Assert.True(VisitRules.Validate(new VisitInput { Purpose = VisitPurpose.Screening, Diagnoses = Dx }, Now, _ => true).IsValid);
    }

    [Fact]
    public void Blood_pressure_needs_both_numbers_and_diastolic_below_systolic()
    {
        Assert.Equal(["bp.pair"], VisitRules.Validate(new VisitInput { Systolic = 120, Diagnoses = Dx }, Now, _ => true).Errors.Select(e => e.Code));
        Assert.Equal(["bp.order"], VisitRules.Validate(new VisitInput { Systolic = 90, Diastolic = 95, Diagnoses = Dx }, Now, _ => true).Errors.Select(e => e.Code));
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
        var sameDay = new VisitInput { FollowUpDate = new DateOnly(2026, 11, 22), Diagnoses = Dx };
        Assert.Equal(["followUp.date"], VisitRules.Validate(sameDay, Now, _ => true).Errors.Select(e => e.Code));
        Assert.True(VisitRules.Validate(sameDay with { FollowUpDate = new DateOnly(2026, 12, 22) }, Now, _ => true).IsValid);
    }

    [Fact]
    public void An_empty_visit_and_one_without_a_diagnosis_are_refused_on_the_diagnosis_field()
    {
        Assert.Equal([("diagnoses", "diagnosis.required")], VisitRules.Validate(new VisitInput(), Now, _ => true).Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal([("diagnoses", "diagnosis.required")], VisitRules.Validate(new VisitInput { Systolic = 130, Diastolic = 80 }, Now, _ => true).Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void A_visit_before_the_date_of_birth_is_refused()
    {
        var input = new VisitInput { OccurredAt = Now, Diagnoses = Dx };
        Assert.Equal(["visit.beforeBirth"], VisitRules.Validate(input, Now, _ => true, new DateOnly(2026, 11, 23)).Errors.Select(e => e.Code));
        Assert.True(VisitRules.Validate(input, Now, _ => true, new DateOnly(2026, 11, 22)).IsValid);
    }

    [Fact]
    public void More_than_30_days_of_drugs_needs_a_listed_chronic_diagnosis_as_tt_26_2025_allows()
    {
        // TT 26/2025/TT-BYT: an outpatient prescription covers at most 30 days; listed chronic diseases up to 90.
        var line = new PrescriptionInput("Paracetamol", "500 mg", null, 60, 60);
        Assert.Equal(["prescription.days30"], VisitRules.Validate(new VisitInput { Diagnoses = Dx, Prescriptions = [line] }, Now, _ => true).Errors.Select(e => e.Code));
        Assert.True(VisitRules.Validate(new VisitInput { Diagnoses = [new("I10", true)], Prescriptions = [line with { Drug = "Amlodipin" }] }, Now, _ => true).IsValid);
        Assert.Equal(["prescription.days"], VisitRules.Validate(new VisitInput { Diagnoses = [new("I10", true)], Prescriptions = [line with { Days = 91 }] }, Now, _ => true).Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_formulary_line_gets_its_quantity_from_dose_times_a_day_and_days()
    {
        var line = new PrescriptionInput(string.Empty, null, null, 0, 30) { DrugCode = "AMLO5", DosePerTake = 1, TimesPerDay = 2 };
        Assert.Equal(60, line.EffectiveQuantity);
        Assert.True(VisitRules.Validate(new VisitInput { Diagnoses = [new("I10", true)], Prescriptions = [line] }, Now, _ => true).IsValid);
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

    [Fact]
    public void Thirty_prescription_lines_pass_and_thirty_one_are_one_error_not_thirty_one()
    {
        PrescriptionInput line = new("Paracetamol", "500mg", null, 10, 3);
        Assert.True(VisitRules.Validate(new VisitInput { Diagnoses = Dx, Prescriptions = Enumerable.Repeat(line, 30).ToList() }, Now, _ => true).IsValid);

        var bad = PrescriptionInputWithQuantity(0);
        var errors = VisitRules.Validate(new VisitInput { Diagnoses = Dx, Prescriptions = Enumerable.Repeat(bad, 5_000).ToList() }, Now, _ => true).Errors;
        Assert.Contains(errors, e => e.Field == "prescriptions" && e.Code == "prescription.tooMany" && (int)e.Args[0]! == 30);
        Assert.True(errors.Count <= 31, $"{errors.Count} errors for 5,000 lines");
    }

    [Fact]
    public void Notes_and_reasons_are_at_most_4000_characters_and_a_visit_is_not_before_1900_or_birth()
    {
        Assert.True(VisitRules.Validate(new VisitInput { Diagnoses = Dx, Notes = new string('x', 4_000) }, Now, _ => true).IsValid);
        var errors = VisitRules.Validate(new VisitInput { Diagnoses = Dx, Notes = new string('x', 4_001), Reason = new string('y', 4_001) }, Now, _ => true).Errors;
        Assert.Equal(["notes:tooLong", "reason:tooLong"], errors.Select(e => e.Field + ":" + e.Code).Order());

        var old = VisitRules.Validate(new VisitInput { Diagnoses = Dx, OccurredAt = new DateTimeOffset(1899, 12, 31, 8, 0, 0, TimeSpan.FromHours(7)) }, Now, _ => true).Errors;
        Assert.Equal(["occurredAt:date.range"], old.Select(e => e.Field + ":" + e.Code));
        // Born in 1960 (year only): 1 January 1960 is the earliest day a visit can be on.
        var born = CoSo.Core.Common.DateRules.BornOn(null, 1960);
        Assert.Equal(new DateOnly(1960, 1, 1), born);
        var before = VisitRules.Validate(new VisitInput { Diagnoses = Dx, OccurredAt = new DateTimeOffset(1900, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)) }, Now, _ => true, born).Errors;
        Assert.Equal(["occurredAt:visit.beforeBirth"], before.Select(e => e.Field + ":" + e.Code));
    }

    private static PrescriptionInput PrescriptionInputWithQuantity(decimal quantity) => new("Paracetamol", null, null, quantity, 3);
}
