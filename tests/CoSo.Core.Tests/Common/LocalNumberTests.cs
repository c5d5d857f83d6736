using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class LocalNumberTests
{
    [Theory]
    [InlineData("6,5", 6.5)]
    [InlineData("6.5", 6.5)]
    [InlineData("37,5", 37.5)]
    [InlineData("37.5", 37.5)]
    [InlineData(" 61,25 ", 61.25)]
    [InlineData("65", 65)]
    [InlineData(",5", 0.5)]
    [InlineData("0,125", 0.125)]
    [InlineData("1250", 1250)]
    [InlineData("1,2500", 1.25)]
    public void A_measurement_takes_a_decimal_comma_or_point_and_never_scales(string typed, double expected)
    {
        var parsed = LocalNumber.Parse(typed, NumberKind.Measurement);
        Assert.True(parsed.IsValid, parsed.ErrorCode);
        Assert.Equal((decimal)expected, parsed.Value);
    }

    [Theory]
    [InlineData("1.250")]
    [InlineData("1,250")]
    [InlineData("37,500")]
    public void A_measurement_that_reads_two_ways_is_refused_not_guessed(string typed) =>
        Assert.Equal("number.ambiguous", LocalNumber.Parse(typed, NumberKind.Measurement).ErrorCode);

    [Theory]
    [InlineData("6,5,1", "number.invalid")]
    [InlineData("1.250,5", "number.invalid")]
    [InlineData("abc", "number.invalid")]
    [InlineData("6,5kg", "number.invalid")]
    [InlineData("-2", "number.negative")]
    [InlineData(",", "number.invalid")]
    public void A_measurement_with_grouping_letters_or_a_sign_is_refused(string typed, string code) =>
        Assert.Equal(code, LocalNumber.Parse(typed, NumberKind.Measurement).ErrorCode);

    [Theory]
    [InlineData("150", 150)]
    [InlineData(" 95 ", 95)]
    public void A_count_is_digits(string typed, int expected) => Assert.Equal(expected, LocalNumber.Parse(typed, NumberKind.Count).Value);

    [Theory]
    [InlineData("150,5")]
    [InlineData("1.000")]
    public void A_count_with_a_mark_is_refused_as_not_whole(string typed) =>
        Assert.Equal("number.whole", LocalNumber.Parse(typed, NumberKind.Count).ErrorCode);

    [Theory]
    [InlineData("1.250.000", 1250000)]
    [InlineData("1,250,000", 1250000)]
    [InlineData("12.600", 12600)]
    [InlineData("1 250 000", 1250000)]
    [InlineData("315,5", 315.5)]
    [InlineData("315.5", 315.5)]
    [InlineData("1.250,5", 1250.5)]
    [InlineData("1,250.5", 1250.5)]
    [InlineData("30500", 30500)]
    public void An_amount_in_dong_reads_thousands_groups_as_vietnamese_write_prices(string typed, double expected) =>
        Assert.Equal((decimal)expected, LocalNumber.Parse(typed, NumberKind.Amount).Value);

    [Theory]
    [InlineData("1.25.000")]
    [InlineData("1.250,5,5")]
    public void An_amount_with_broken_groups_is_refused(string typed) =>
        Assert.Equal("number.invalid", LocalNumber.Parse(typed, NumberKind.Amount).ErrorCode);

    [Fact]
    public void An_empty_field_is_no_value_and_no_error()
    {
        Assert.Equal(ParsedNumber.Empty, LocalNumber.Parse("  ", NumberKind.Measurement));
        Assert.Equal(ParsedNumber.Empty, LocalNumber.Parse(null, NumberKind.Count));
    }

    [Theory]
    [InlineData(6.5, "vi-VN", "6,5")]
    [InlineData(6.5, "en", "6.5")]
    [InlineData(37.25, "vi-VN", "37,25")]
    public void A_value_is_shown_back_with_the_user_s_decimal_mark_and_reads_back_the_same(double value, string culture, string shown)
    {
        var text = LocalNumber.Format((decimal)value, NumberKind.Measurement, CultureInfo.GetCultureInfo(culture));
        Assert.Equal(shown, text);
        Assert.Equal((decimal)value, LocalNumber.Parse(text, NumberKind.Measurement).Value);
    }

    [Fact]
    public void An_amount_is_shown_with_vietnamese_grouping_and_reads_back_the_same()
    {
        var text = LocalNumber.Format(1250000m, NumberKind.Amount, CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Equal("1.250.000", text);
        Assert.Equal(1250000m, LocalNumber.Parse(text, NumberKind.Amount).Value);
    }

    // A position read off a phone is typed with the Vietnamese decimal comma; a degree has no thousands, so three
    // decimals ("105,852") are decimals, not the ambiguity a measurement refuses.
    [Theory]
    [InlineData("21,0285", 21.0285)]
    [InlineData("21.0285", 21.0285)]
    [InlineData("105,852", 105.852)]
    [InlineData("105.8542", 105.8542)]
    [InlineData(" 10,762622 ", 10.762622)]
    [InlineData("16", 16)]
    public void A_coordinate_takes_a_decimal_comma_or_point_and_three_decimals_are_decimals(string typed, double expected)
    {
        var parsed = LocalNumber.Parse(typed, NumberKind.Coordinate);
        Assert.True(parsed.IsValid, parsed.ErrorCode);
        Assert.Equal((decimal)expected, parsed.Value);
    }

    [Theory]
    [InlineData("105.852,1")]
    [InlineData("21,02,85")]
    [InlineData("21°01'")]
    public void A_coordinate_with_two_marks_or_degree_signs_is_refused(string typed) =>
        Assert.Equal("number.invalid", LocalNumber.Parse(typed, NumberKind.Coordinate).ErrorCode);

    [Fact]
    public void A_coordinate_is_shown_with_up_to_seven_decimals_in_the_users_notation() =>
        Assert.Equal(("21,0285", "10.762622"), (LocalNumber.Format(21.0285m, NumberKind.Coordinate, new CultureInfo("vi-VN")), LocalNumber.Format(10.762622m, NumberKind.Coordinate, CultureInfo.InvariantCulture)));
}
