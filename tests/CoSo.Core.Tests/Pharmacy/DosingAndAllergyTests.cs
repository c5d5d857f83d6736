using CoSo.Core.Pharmacy;

namespace CoSo.Core.Tests.Pharmacy;

public sealed class DosingAndAllergyTests
{
    [Theory]
    [InlineData(1, 1, 30, 30)]
    [InlineData(1, 2, 30, 60)]
    [InlineData(0.5, 2, 5, 5)]
    [InlineData(0.5, 1, 7, 4)]
    public void Quantity_is_dose_times_a_day_times_days_rounded_up_to_whole_units(double dose, int times, int days, int expected) =>
        Assert.Equal(expected, Dosing.Quantity((decimal)dose, times, days));

    [Fact]
    public void The_instruction_is_written_as_a_vietnamese_prescription_says_it() =>
        Assert.Equal("Ngày uống 2 lần, mỗi lần 0,5 viên, sau ăn", Dosing.Instruction("uống", 0.5m, 2, "viên", "sau ăn"));

    private static readonly Drug Amoxicillin = new() { Code = "AMOX500", ActiveIngredient = "Amoxicilin", AllergyTerms = "penicilin;penicillin;beta-lactam" };
    private static readonly Drug Cotrimoxazole = new() { Code = "COTR480", ActiveIngredient = "Sulfamethoxazol + trimethoprim", AllergyTerms = "sulfamid;sulfonamid;bactrim" };
    private static readonly Drug Amlodipine = new() { Code = "AMLO5", ActiveIngredient = "Amlodipin" };

    [Theory]
    [InlineData("Dị ứng Penicilin (nổi mề đay 2019)", true)]
    [InlineData("PENICILLIN", true)]
    [InlineData("amoxicilin", true)]
    [InlineData("Sulfamid", false)]
    [InlineData("", false)]
    public void A_penicillin_allergy_flags_amoxicillin(string note, bool flagged) => Assert.Equal(flagged, AllergyCheck.Names(note, Amoxicillin));

    [Fact]
    public void A_sulfonamide_allergy_flags_cotrimoxazole_but_not_amlodipine()
    {
        Assert.True(AllergyCheck.Names("Sulfamid", Cotrimoxazole));
        Assert.False(AllergyCheck.Names("Sulfamid", Amlodipine));
    }
}
