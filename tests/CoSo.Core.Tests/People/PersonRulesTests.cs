using CoSo.Core.People;

namespace CoSo.Core.Tests.People;

public sealed class PersonRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static PersonInput Valid() => new()
    {
        FullName = "Đặng Thị Ánh",
        BirthDate = new DateOnly(1990, 3, 4),
        Sex = Sex.Female,
        Cccd = "038190123456",
        Phone = "0912 345 678",
        EthnicityCode = "01",
    };

    [Fact]
    public void A_complete_valid_resident_has_no_errors()
    {
        Assert.True(PersonRules.Validate(Valid(), Today).IsValid);
    }

    [Fact]
    public void Year_only_birth_dates_are_accepted_for_the_elderly()
    {
        var input = Valid() with { BirthDate = null, BirthYear = 1938, Cccd = null };
        Assert.True(PersonRules.Validate(input, Today).IsValid);
        var person = new Person();
        PersonRules.Apply(input, person);
        Assert.Null(person.BirthDate);
        Assert.Equal(1938, person.BirthYear);
    }

    [Theory]
    [InlineData("fullName", "")]
    [InlineData("fullName", "An")]
    [InlineData("fullName", "Nguyễn V4n An")]
    public void Names_need_two_words_of_letters(string field, string name)
    {
        var errors = PersonRules.Validate(Valid() with { FullName = name }, Today);
        Assert.Contains(errors.Errors, e => e.Field == field);
    }

    [Fact]
    public void Birth_dates_in_the_future_and_unknown_ethnic_codes_are_rejected()
    {
        var errors = PersonRules.Validate(Valid() with { BirthDate = Today.AddDays(1), Cccd = null, EthnicityCode = "55" }, Today);
        Assert.Equal(["birthDate.future", "ethnicity.unknown"], errors.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Apply_stores_the_name_NFC_with_a_folded_key_and_the_phone_as_digits()
    {
        var person = new Person();
        PersonRules.Apply(Valid() with { FullName = "  Đặng Thị Ánh ".Normalize(System.Text.NormalizationForm.FormD), BhytNumber = "gd4 38 0123456789" }, person);
        Assert.Equal("Đặng Thị Ánh", person.FullName);
        Assert.True(person.FullName.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal("dang thi anh", person.NameKey);
        Assert.Equal("0912345678", person.Phone);
        Assert.Equal("GD4380123456789", person.BhytNumber);
        Assert.Equal("0123456789", person.SocialInsuranceNumber);
    }

    [Theory]
    [InlineData("038190123456", SearchKind.Cccd, "038190123456")]
    [InlineData("gd4380123456789", SearchKind.Bhyt, "GD4380123456789")]
    [InlineData("0912.345.678", SearchKind.PhoneOrSocialInsuranceNumber, "0912345678")]
    [InlineData("Nguyễn Văn  An", SearchKind.Name, "nguyen van an")]
    [InlineData("nguyen van an", SearchKind.Name, "nguyen van an")]
    public void The_search_box_reads_cccd_card_phone_or_name(string text, SearchKind kind, string value)
    {
        Assert.Equal(new SearchQuery(kind, value), SearchQuery.Parse(text));
    }
}
