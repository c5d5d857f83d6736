using CoSo.Core.Reception;

namespace CoSo.Core.Tests.Reception;

/// <summary>
/// The worked examples of data/SOURCES.md ("BHYT coverage at reception"), each read off the text in force: Luật BHYT as
/// amended by Luật 51/2024/QH15 (Art. 22 §1c, §4c, §5 from 01/01/2025), Luật 46/2014 (Art. 22 §3–4, 2016–2024),
/// NĐ 188/2025/NĐ-CP (Art. 37), QĐ 3276/QĐ-BYT (category 1.2 at a commune station, MUC_HUONG 100 whatever the card).
/// Station 38123; another station of the province 38045; a facility of another province 79001.
/// </summary>
public sealed class CoverageCheckTests
{
    private static readonly CoverageRules Rules = CoverageRules.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "bhyt", "coverage-rules.json")));
    private static readonly DateOnly Dec2026 = new(2026, 12, 1);

    private static CoverageRequest Card(string number, string registered, DateOnly visit, DateOnly? from = null, DateOnly? to = null) => new()
    {
        CardNumber = number, RegisteredFacility = registered, StationFacilityCode = "38123", VisitDate = visit,
        ValidFrom = from ?? new DateOnly(visit.Year, 1, 1), ValidTo = to ?? new DateOnly(visit.Year, 12, 31),
    };

    [Fact]
    public void E1_registered_here_with_a_95_percent_card_is_paid_100_percent_as_category_1_2()
    {
        var d = CoverageCheck.Decide(Card("HT3381234567890", "38123", Dec2026), Rules);
        Assert.True(d.Covered);
        Assert.Equal("1.2", d.Category);
        Assert.Equal(100, d.BenefitPercent);
    }

    [Fact]
    public void E2_registered_at_another_station_of_the_province_is_covered_100_percent_since_2025()
    {
        var d = CoverageCheck.Decide(Card("GD4381234567891", "38045", Dec2026), Rules);
        Assert.True(d.Covered);
        Assert.Equal(("1.2", 100), (d.Category, d.BenefitPercent));
        Assert.Equal("R-CAP-BAN-DAU-ELSEWHERE", d.RuleId);
    }

    [Fact]
    public void E3_registered_in_another_province_is_covered_nationwide_since_2025()
    {
        var d = CoverageCheck.Decide(Card("DN4791234567892", "79001", Dec2026), Rules);
        Assert.True(d.Covered);
        Assert.Equal(100, d.BenefitPercent);
    }

    [Fact]
    public void E4_the_same_card_from_another_province_in_2024_was_off_route_and_not_paid_at_a_station()
    {
        var d = CoverageCheck.Decide(Card("DN4791234567892", "79001", new DateOnly(2024, 12, 1)), Rules);
        Assert.False(d.Covered);
        Assert.Equal(("9", 0), (d.Category, d.BenefitPercent));
        Assert.Equal("R-NGOAI-TINH-OLD", d.RuleId);
    }

    [Fact]
    public void E5_registered_elsewhere_in_the_province_in_2024_was_covered_by_open_commune_level_care()
    {
        var d = CoverageCheck.Decide(Card("GD4381234567891", "38045", new DateOnly(2024, 6, 15)), Rules);
        Assert.True(d.Covered);
        Assert.Equal("R-THONG-TINH", d.RuleId);
    }

    [Fact]
    public void E6_an_emergency_is_covered_and_still_written_as_category_1_2()
    {
        var d = CoverageCheck.Decide(Card("DN4791234567892", "79001", new DateOnly(2024, 12, 1)) with { Emergency = true }, Rules);
        Assert.True(d.Covered);
        Assert.Equal("R-CC", d.RuleId);
        Assert.Equal("1.2", CoverageCheck.Decide(Card("DN4791234567892", "79001", Dec2026) with { Emergency = true }, Rules).Category);
    }

    [Fact]
    public void E7_a_card_that_ended_the_day_before_is_self_pay_category_9()
    {
        var d = CoverageCheck.Decide(Card("GD4381234567891", "38045", Dec2026, new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)), Rules);
        Assert.False(d.Covered);
        Assert.Equal(("9", 0, "card.expired"), (d.Category, d.BenefitPercent, d.RuleId));
    }

    [Fact]
    public void E8_an_expired_card_with_the_receipt_of_its_renewal_is_covered()
    {
        var request = Card("GD4381234567891", "38045", Dec2026, new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30)) with { RenewalReceipt = true };
        Assert.True(CoverageCheck.Decide(request, Rules).Covered);
    }

    [Fact]
    public void E9_a_card_valid_only_from_next_month_is_not_yet_valid()
    {
        var d = CoverageCheck.Decide(Card("GD4381234567891", "38045", Dec2026, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), Rules);
        Assert.Equal((false, "card.notYetValid"), (d.Covered, d.RuleId));
    }

    [Fact]
    public void E10_a_three_month_old_without_a_card_is_covered_on_the_birth_certificate()
    {
        var d = CoverageCheck.Decide(new CoverageRequest { StationFacilityCode = "38123", VisitDate = Dec2026, BirthDate = new DateOnly(2026, 9, 1) }, Rules);
        Assert.True(d.Covered);
        Assert.Equal("card.child", d.RuleId);
        var adult = CoverageCheck.Decide(new CoverageRequest { StationFacilityCode = "38123", VisitDate = Dec2026, BirthDate = new DateOnly(1980, 9, 1) }, Rules);
        Assert.Equal((false, "card.none"), (adult.Covered, adult.RuleId));
    }

    [Theory]
    [InlineData("HT338123456789")]
    [InlineData("HT6381234567890")]
    [InlineData("H33381234567890")]
    public void E14_a_malformed_card_number_is_not_covered_until_checked(string number) =>
        Assert.Equal((false, "card.format"), (CoverageCheck.Decide(Card(number, "38123", Dec2026), Rules) is var d ? (d.Covered, d.RuleId) : default));

    [Fact]
    public void Every_rule_names_its_legal_source_and_a_reason_in_both_languages() =>
        Assert.All(Rules.Rules, r => Assert.True(r.Source.Length > 10 && r.ReasonVi.Length > 10 && r.ReasonEn.Length > 10, r.Id));
}
