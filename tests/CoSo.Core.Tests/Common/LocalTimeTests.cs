using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9:05", 9, 5)]
    [InlineData("9h05", 9, 5)]
    [InlineData("9H05", 9, 5)]
    [InlineData("9g05", 9, 5)]
    [InlineData("9h", 9, 0)]
    [InlineData("21.30", 21, 30)]
    [InlineData("0905", 9, 5)]
    [InlineData(" 23:59 ", 23, 59)]
    [InlineData("00:00", 0, 0)]
    public void Reads_the_ways_staff_write_a_time(string typed, int hour, int minute)
    {
        Assert.True(LocalTime.TryParse(typed, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("9:60")]
    [InlineData("9:5")]
    [InlineData("905")]
    [InlineData("9")]
    [InlineData(":30")]
    [InlineData("9:05 pm")]
    [InlineData("09:00:00")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_time_of_day(string? typed) => Assert.False(LocalTime.TryParse(typed, out _));

    [Fact]
    public void Formats_with_two_digit_hours() => Assert.Equal("09:05", LocalTime.Format(new TimeOnly(9, 5)));
}
