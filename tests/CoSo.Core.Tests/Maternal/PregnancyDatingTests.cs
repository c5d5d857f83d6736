using CoSo.Core.Maternal;
using static CoSo.Core.Tests.Maternal.Dates;

namespace CoSo.Core.Tests.Maternal;

public sealed class PregnancyDatingTests
{
    [Theory]
    // Naegele as written on the card: day + 7, month + 9 (month − 3, year + 1).
    [InlineData("10/03/2026", "17/12/2026")]
    [InlineData("10/05/2025", "17/02/2026")]
    // Day + 7 crosses into January: 28/12 + 7 = 04/01, + 9 months = 04/10.
    [InlineData("28/12/2025", "04/10/2026")]
    // 24/05 + 7 = 31/05; 31 February does not exist: the end of February.
    [InlineData("24/05/2026", "28/02/2027")]
    public void Naegele_adds_seven_days_then_nine_months(string lmp, string edd) =>
        Assert.Equal(D(edd), PregnancyDating.Naegele(D(lmp)));

    [Fact]
    public void Gestational_age_counts_completed_weeks_and_days_from_the_last_period()
    {
        // 10/03 → 10/06/2026: 21 days of March + 30 + 31 + 10 = 92 days = 13 weeks 1 day, still the first trimester;
        // a week later 99 days = 14+1, the second.
        var dating = PregnancyDating.Resolve(D("10/03/2026"), null, null, null, D("01/04/2026"), null);

        Assert.Equal((DatingMethod.LastMenstrualPeriod, D("17/12/2026")), (dating.Method, dating.ExpectedDelivery));
        Assert.Equal(("13+1", 1), (dating.On(D("10/06/2026"))!.Value.ToString(), dating.On(D("10/06/2026"))!.Value.Trimester));
        Assert.Equal(("14+1", 2), (dating.On(D("17/06/2026"))!.Value.ToString(), dating.On(D("17/06/2026"))!.Value.Trimester));
        Assert.Equal(3, dating.On(D("22/09/2026"))!.Value.Trimester);
    }

    [Fact]
    public void An_ultrasound_before_24_weeks_dates_the_pregnancy_even_when_a_last_period_is_known()
    {
        // Scan on 01/04/2026 at 8 weeks 3 days = 59 days: the pregnancy started 59 days earlier, 01/02/2026
        // (31 days of March + 28 of February), and is due 280 days after that, 08/11/2026.
        var dating = PregnancyDating.Resolve(D("20/01/2026"), D("01/04/2026"), 59, null, D("01/04/2026"), null);

        Assert.Equal((DatingMethod.EarlyUltrasound, D("01/02/2026"), D("08/11/2026")), (dating.Method, dating.Start, dating.ExpectedDelivery));
    }

    [Fact]
    public void A_scan_from_24_weeks_gives_way_to_the_last_period_but_dates_a_pregnancy_without_one()
    {
        var withLmp = PregnancyDating.Resolve(D("10/03/2026"), D("01/09/2026"), 25 * 7, null, D("01/09/2026"), null);
        var without = PregnancyDating.Resolve(null, D("01/09/2026"), 25 * 7, null, D("01/09/2026"), null);

        Assert.Equal(DatingMethod.LastMenstrualPeriod, withLmp.Method);
        // 01/09/2026 − 175 days = 10/03/2026.
        Assert.Equal((DatingMethod.LateUltrasound, D("10/03/2026")), (without.Method, without.Start));
    }

    [Fact]
    public void A_delivery_date_written_elsewhere_dates_the_pregnancy_280_days_before_it()
    {
        var dating = PregnancyDating.Resolve(null, null, null, D("15/09/2026"), D("01/06/2026"), null);

        Assert.Equal((DatingMethod.GivenDeliveryDate, D("09/12/2025")), (dating.Method, dating.Start));
    }

    [Fact]
    public void Weeks_estimated_at_the_first_contact_date_a_pregnancy_with_nothing_else()
    {
        // First contact 01/06/2026 at about 20 weeks: started 140 days before, 12/01/2026; due 19/10/2026.
        var dating = PregnancyDating.Resolve(null, null, null, null, D("01/06/2026"), 20);

        Assert.Equal((DatingMethod.ClinicalEstimate, D("12/01/2026"), D("19/10/2026")), (dating.Method, dating.Start, dating.ExpectedDelivery));
    }

    [Fact]
    public void Without_any_dating_the_gestational_age_is_unknown_and_the_td_list_assumes_the_worst()
    {
        var p = new Pregnancy { FirstContactDate = D("01/06/2026") };

        Assert.False(p.Dating.IsKnown);
        Assert.Null(p.Dating.On(D("10/06/2026")));
        Assert.Equal(D("01/06/2026").AddDays(280), p.EstimatedDelivery);
    }
}
