using CoSo.Core.Common;
using CoSo.Core.People;

namespace CoSo.Core.Tests.People;

public sealed class BhytCardTests
{
    private static List<string> Codes(string card, DateOnly? from = null, DateOnly? to = null, string? facility = null)
    {
        var errors = new ValidationErrors();
        BhytCard.Validate(card, from, to, facility, errors);
        return errors.Errors.Select(e => e.Code).ToList();
    }

    // 15 characters: 2-letter beneficiary code, benefit level 1–5, 2-digit province, 10-digit social-insurance number.
    [Theory]
    [InlineData("HS4010120878811")]
    [InlineData("TE1383812345678")]
    [InlineData("CC1790000000001")]
    [InlineData("GD4380123456789")]
    public void Cards_of_the_documented_shape_pass(string card)
    {
        Assert.Empty(Codes(card));
    }

    [Theory]
    [InlineData("HS401012087881")]   // 14 characters
    [InlineData("HS40101208788112")] // 16 characters
    [InlineData("HS6010120878811")]  // benefit level 6
    [InlineData("HS0010120878811")]  // benefit level 0
    [InlineData("H54010120878811")]  // digit in the object code
    [InlineData("hs4010120878811")]  // lower case
    [InlineData("HS40101208788A1")]  // letter in the number
    public void Malformed_cards_are_rejected(string card)
    {
        Assert.Equal(["bhyt.format"], Codes(card));
    }

    [Fact]
    public void An_unknown_beneficiary_code_is_saved_with_a_warning()
    {
        Assert.Empty(Codes("ZZ4010120878811"));
        var w = Assert.Single(BhytCard.Warnings("ZZ4010120878811"));
        Assert.Equal(("bhytNumber", "bhyt.object.unknown"), (w.Field, w.Code));
    }

    [Theory]
    [InlineData("DN5010120878811", "bhyt.level")]  // DN (employees of enterprises) is level 4
    [InlineData("TE2010120878811", "bhyt.level")]  // TE (children under 6) is level 1
    [InlineData("DN4010120878811", null)]
    [InlineData("TE1010120878811", null)]
    [InlineData("HT3010120878811", null)]
    public void A_benefit_level_that_differs_from_the_group_is_a_warning_not_an_error(string card, string? warning)
    {
        Assert.Empty(Codes(card));
        Assert.Equal(warning, BhytCard.Warnings(card).SingleOrDefault()?.Code);
    }

    [Fact]
    public void The_end_date_must_follow_the_start_date_and_the_facility_has_five_digits()
    {
        Assert.Equal(["bhyt.dates", "bhyt.facility"], Codes("GD4380123456789", new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31), "3812"));
    }

    [Fact]
    public void Social_insurance_number_is_the_last_ten_digits()
    {
        Assert.Equal("0123456789", BhytCard.SocialInsuranceNumber("GD4380123456789"));
    }

    [Theory]
    [InlineData("2026-12-31", "2026-11-22", BhytCardStatus.Valid)]        // 39 days left
    [InlineData("2026-12-22", "2026-11-22", BhytCardStatus.ExpiringSoon)] // exactly 30 days left
    [InlineData("2026-11-22", "2026-11-22", BhytCardStatus.ExpiringSoon)] // last day of validity
    [InlineData("2026-11-21", "2026-11-22", BhytCardStatus.Expired)]
    public void Status_on_a_date_uses_a_30_day_warning(string validTo, string today, BhytCardStatus expected)
    {
        Assert.Equal(expected, BhytCard.Status("GD4380123456789", new DateOnly(2026, 1, 1), DateOnly.Parse(validTo, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_card_not_yet_in_force_and_no_card_are_told_apart()
    {
        Assert.Equal(BhytCardStatus.NotYetValid, BhytCard.Status("GD4380123456789", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 22)));
        Assert.Equal(BhytCardStatus.None, BhytCard.Status(null, null, null, new DateOnly(2026, 11, 22)));
    }
}
