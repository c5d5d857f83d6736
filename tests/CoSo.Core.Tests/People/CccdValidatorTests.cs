using CoSo.Core.Common;
using CoSo.Core.People;

namespace CoSo.Core.Tests.People;

public sealed class CccdValidatorTests
{
    private static List<string> Codes(string cccd, Sex sex, int year)
    {
        var errors = new ValidationErrors();
        CccdValidator.Validate(cccd, sex, year, errors);
        return errors.Errors.Select(e => e.Code).ToList();
    }

    // Thông tư 59/2021/TT-BCA: digits 1–3 province of birth registration, digit 4 century+sex
    // (0 male / 1 female for 1900–1999, 2 / 3 for 2000–2099), digits 5–6 the year of birth, 7–12 random.
    [Theory]
    [InlineData("001085012345", Sex.Male, 1985)]    // Hà Nội, male, 1900s → 0, year 85
    [InlineData("079195543210", Sex.Female, 1995)]  // TP HCM, female, 1900s → 1, year 95
    [InlineData("038203000001", Sex.Male, 2003)]    // Thanh Hóa, male, 2000s → 2, year 03
    [InlineData("096318123456", Sex.Female, 2018)]  // Cà Mau, female, 2000s → 3, year 18
    public void Well_formed_numbers_consistent_with_sex_and_birth_year_pass(string cccd, Sex sex, int year)
    {
        Assert.Empty(Codes(cccd, sex, year));
    }

    [Theory]
    [InlineData("03808501234")]    // 11 digits
    [InlineData("0380850123456")]  // 13 digits
    [InlineData("03808501234A")]   // a letter
    [InlineData("038 085 012345")] // spaces are not digits
    public void Anything_but_twelve_digits_is_a_format_error(string cccd)
    {
        Assert.Equal(["cccd.format"], Codes(cccd, Sex.Male, 1985));
    }

    [Fact]
    public void A_code_that_is_no_province_is_accepted_as_a_country_of_birth_registration_with_a_warning()
    {
        // NĐ 137/2015/NĐ-CP, Art. 7: digits 1–3 are the province "or the country code" where the birth was registered.
        // 003 and 100 are not province codes (the 63 codes run 001–096 with gaps): no error, one warning.
        Assert.Empty(Codes("003085012345", Sex.Male, 1985));
        Assert.Empty(Codes("100085012345", Sex.Male, 1985));
        var w = Assert.Single(CccdValidator.Warnings("100085012345"));
        Assert.Equal(("cccd", "cccd.countryCode"), (w.Field, w.Code));
        Assert.Empty(CccdValidator.Warnings("038085012345"));
        Assert.Empty(CccdValidator.Warnings("12345"));
    }

    [Fact]
    public void The_fourth_digit_must_match_sex_and_century()
    {
        Assert.Equal(["cccd.sexCentury"], Codes("038185012345", Sex.Male, 1985));   // 1 = female 1900s
        Assert.Equal(["cccd.sexCentury"], Codes("038003012345", Sex.Male, 2003));   // 0 = male 1900s, born 2003
    }

    [Fact]
    public void Digits_five_and_six_must_be_the_birth_year()
    {
        Assert.Equal(["cccd.birthYear"], Codes("038086012345", Sex.Male, 1985));
    }

    [Theory]
    [InlineData(Sex.Male, 1950, 0)]
    [InlineData(Sex.Female, 1999, 1)]
    [InlineData(Sex.Male, 2000, 2)]
    [InlineData(Sex.Female, 2099, 3)]
    [InlineData(Sex.Male, 2100, 4)]
    [InlineData(Sex.Female, 1899, 9)]
    public void Century_sex_digit_follows_the_circular(Sex sex, int year, int expected)
    {
        Assert.Equal(expected, CccdValidator.CenturySexDigit(sex, year));
    }
}
