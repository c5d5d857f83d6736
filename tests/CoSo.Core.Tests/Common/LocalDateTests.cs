using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class LocalDateTests
{
    [Theory]
    [InlineData("15/01/2027")]
    [InlineData("15012027")]
    [InlineData("15-01-2027")]
    [InlineData("15.01.2027")]
    [InlineData(" 15/1/2027 ")]
    public void Day_comes_first_however_it_is_typed(string typed)
    {
        Assert.True(LocalDate.TryParse(typed, out var date));
        Assert.Equal(new DateOnly(2027, 1, 15), date);
    }

    [Fact]
    public void The_first_of_february_is_not_the_second_of_january() =>
        Assert.Equal(new DateOnly(2027, 2, 1), LocalDate.TryParse("01/02/2027", out var d) ? d : default);

    [Theory]
    [InlineData("31/02/2027")]
    [InlineData("15/13/2027")]
    [InlineData("15/01/27")]
    [InlineData("2027-01-15")]
    [InlineData("01/15/2027")]
    [InlineData("1501202")]
    [InlineData("")]
    public void Impossible_two_digit_year_and_month_first_dates_are_refused(string typed) => Assert.False(LocalDate.TryParse(typed, out _));

    [Fact]
    public void A_date_is_written_dd_mm_yyyy() => Assert.Equal("05/03/2027", LocalDate.Format(new DateOnly(2027, 3, 5)));
}
