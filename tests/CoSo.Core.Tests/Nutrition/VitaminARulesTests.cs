using CoSo.Core.Nutrition;

namespace CoSo.Core.Tests.Nutrition;

/// <summary>WHO 2011 (Vitamin A supplementation in infants and children 6–59 months): 100,000 IU at 6–11 months, 200,000 IU
/// at 12–59 months, every 4–6 months.</summary>
public sealed class VitaminARulesTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Theory]
    [InlineData("2026-06-02", null)]      // 5 months 29 days
    [InlineData("2026-06-01", 100_000)]   // 6 months
    [InlineData("2025-12-02", 100_000)]   // 11 months
    [InlineData("2025-12-01", 200_000)]   // 12 months
    [InlineData("2021-12-02", 200_000)]   // 59 months
    [InlineData("2021-12-01", null)]      // 60 months
    public void The_dose_follows_the_age_in_completed_months(string birth, int? iu) =>
        Assert.Equal(iu, VitaminARules.DoseFor(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), Day));

    [Fact]
    public void Two_doses_less_than_four_months_apart_are_refused_on_the_date()
    {
        var birth = new DateOnly(2025, 1, 15);
        Assert.Equal(["vitA.interval"], VitaminARules.Validate(birth, Day, Day, new DateOnly(2026, 9, 1)).Errors.Select(e => e.Code));
        Assert.True(VitaminARules.Validate(birth, Day, Day, new DateOnly(2026, 6, 1)).IsValid);
    }

    [Fact]
    public void The_campaign_takes_children_of_6_to_36_months()
    {
        Assert.True(VitaminARules.InCampaignAge(new DateOnly(2023, 12, 1), Day));
        Assert.False(VitaminARules.InCampaignAge(new DateOnly(2023, 10, 31), Day));
        Assert.False(VitaminARules.InCampaignAge(new DateOnly(2026, 7, 1), Day));
    }
}
