using System.Globalization;
using CoSo.Core.Bhyt;

namespace CoSo.Core.Tests.Bhyt;

// Every expected amount below is worked from the rules of bhyt-xml-notes.md §4 in the test itself:
// BV = round2(SL × price × TYLE_TT_DV/100), BH = round2(BV-basis × TYLE_TT_BH/100), BHTT = round2(BH × MUC_HUONG/100),
// BNCCT = BH − BHTT, BNTT = BV − BH; XML1 totals are the sums of the lines.
public sealed class ClaimBuilderTests
{
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_notes_worked_station_visit_pays_everything_from_the_fund_at_100_percent_whatever_the_card_level()
    {
        var visit = ClaimSamples.Visit() with
        {
            Drugs = [ClaimSamples.Drug("Amlodipin", 30, 420), ClaimSamples.Drug("Metformin", 60, 315.5m)],
            Services = [.. ClaimSamples.Visit().Services, new ClaimServiceLine(ClaimSamples.Glucose, 1, 100, ClaimSamples.Arrived.AddMinutes(6), ClaimSamples.Arrived.AddMinutes(7), ClaimSamples.Arrived.AddMinutes(9), "(yta)")],
            Results = [new ClaimResult("TYT.GLU", "GLU", "Glucose máu mao mạch", "6.5", "mmol/L", ClaimSamples.Arrived.AddMinutes(9))],
        };

        var build = ClaimBuilder.Build(visit);

        Assert.False(build.Held);
        var x1 = build.Document!.Summary;
        var drugs = (30m * 420m) + (60m * 315.5m);
        var services = 30500m + 15200m;
        Assert.Equal(31530m, drugs);
        Assert.Equal(drugs, D(x1["T_THUOC"]));
        Assert.Equal(drugs + services, D(x1["T_TONGCHI_BV"]));
        Assert.Equal(77230m, D(x1["T_TONGCHI_BV"]));
        Assert.Equal(drugs + services, D(x1["T_TONGCHI_BH"]));
        Assert.Equal(drugs + services, D(x1["T_BHTT"]));
        Assert.Equal(0m, D(x1["T_BNCCT"]));
        Assert.Equal(0m, D(x1["T_BNTT"]));
        Assert.Equal(0m, D(x1["T_VTYT"]));
        Assert.Equal(D(x1["T_BHTT"]), D(x1["T_BHTT_GDV"]));
        Assert.Equal("12600", build.Document.Rows(ClaimTables.Xml2)[0]["THANH_TIEN_BV"]);
        Assert.Equal("18930", build.Document.Rows(ClaimTables.Xml2)[1]["THANH_TIEN_BV"]);
        Assert.Equal("315.5", build.Document.Rows(ClaimTables.Xml2)[1]["DON_GIA"]);
        Assert.Equal("13", build.Document.Rows(ClaimTables.Xml3)[0]["MA_NHOM"]);
        Assert.Equal("6.5", build.Document.Rows(ClaimTables.Xml4)[0]["GIA_TRI"]);
        Assert.Equal("100", x1.Has("MUC_HUONG") ? x1["MUC_HUONG"] : build.Document.Rows(ClaimTables.Xml2)[0]["MUC_HUONG"]);
        Assert.Equal("202610120805", x1["NGAY_VAO"]);
        Assert.Equal("196103040000", x1["NGAY_SINH"]);
        Assert.Equal("TYT.KB", build.CheckIn!["MA_DICH_VU"]);
    }

    [Fact]
    public void At_95_percent_the_fund_share_and_co_payment_are_rounded_per_line_and_summed()
    {
        var visit = ClaimSamples.Visit() with
        {
            BenefitPercent = 95,
            Drugs = [ClaimSamples.Drug("Amlodipin", 30, 420), ClaimSamples.Drug("Metformin", 60, 315.5m)],
            Services = [.. ClaimSamples.Visit().Services, new ClaimServiceLine(ClaimSamples.Glucose, 1, 100, ClaimSamples.Arrived.AddMinutes(6), ClaimSamples.Arrived.AddMinutes(7), null, "(yta)")],
        };

        var x1 = ClaimBuilder.Build(visit).Document!.Summary;

        // 12 600 × 0.95 = 11 970; 18 930 × 0.95 = 17 983.5; 30 500 × 0.95 = 28 975; 15 200 × 0.95 = 14 440.
        var bhtt = 11970m + 17983.5m + 28975m + 14440m;
        Assert.Equal(73368.5m, bhtt);
        Assert.Equal(bhtt, D(x1["T_BHTT"]));
        Assert.Equal(77230m - bhtt, D(x1["T_BNCCT"]));
        Assert.Equal("73368.5", x1["T_BHTT"]);
    }

    [Fact]
    public void A_drug_outside_the_BHYT_list_is_paid_by_the_patient_outside_the_fund()
    {
        var visit = ClaimSamples.Visit() with { Drugs = [ClaimSamples.Drug("Vitamin tổng hợp", 10, 1234.567m, inScope: false)] };

        var doc = ClaimBuilder.Build(visit).Document!;

        var line = doc.Rows(ClaimTables.Xml2)[0];
        var bv = Math.Round(10m * 1234.567m, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(12345.67m, bv);
        Assert.Equal(bv, D(line["THANH_TIEN_BV"]));
        Assert.Equal("0", line["THANH_TIEN_BH"]);
        Assert.Equal(bv, D(line["T_BNTT"]));
        Assert.Equal("2", line["PHAM_VI"]);
        Assert.Equal(bv, D(doc.Summary["T_BNTT"]));
        Assert.Equal(30500m, D(doc.Summary["T_BHTT"]));
    }

    [Fact]
    public void The_exam_price_is_the_one_in_force_on_the_visit_date()
    {
        Assert.Equal(30500m, ClaimSamples.Data.Prices.On("TYT.KB", new DateOnly(2026, 10, 31))!.Price);
        Assert.Equal(32000m, ClaimSamples.Data.Prices.On("TYT.KB", new DateOnly(2026, 11, 1))!.Price);
        Assert.Null(ClaimSamples.Data.Prices.On("TYT.KB", new DateOnly(2024, 6, 30)));
    }

    [Fact]
    public void A_referral_out_adds_the_referral_paper_with_the_summary_s_fields()
    {
        var doc = ClaimBuilder.Build(ClaimSamples.Visit() with { ReferredTo = "38100" }).Document!;

        Assert.Equal("2", doc.Summary["MA_LOAI_RV"]);
        Assert.Equal("38100", doc.Summary["MA_NOI_DEN"]);
        var paper = Assert.Single(doc.Rows(ClaimTables.Xml13));
        Assert.Equal("38100", paper["MA_NOI_DEN"]);
        Assert.Equal(doc.Summary["HO_TEN"], paper["HO_TEN"]);
        Assert.Empty(ClaimCheck.Check(ClaimSamples.Data.Check, doc).Select(v => $"{v.Where} {v.Code}"));
    }

    [Fact]
    public void A_follow_up_date_adds_the_appointment_paper_after_the_visit()
    {
        var doc = ClaimBuilder.Build(ClaimSamples.Visit() with { FollowUpDate = new DateOnly(2026, 11, 11) }).Document!;

        var paper = Assert.Single(doc.Rows(ClaimTables.Xml14));
        Assert.Equal("202611110700", paper["NGAY_HEN_KL"]);
        Assert.Equal("20261111", doc.Summary["NGAY_TAI_KHAM"]);
        Assert.Empty(ClaimCheck.Check(ClaimSamples.Data.Check, doc).Select(v => $"{v.Where} {v.Code}"));
    }

    [Fact]
    public void A_card_registered_at_another_facility_is_still_primary_level_care_paid_at_100_percent()
    {
        var build = ClaimBuilder.Build(ClaimSamples.Visit() with { CardFacility = "38002", CardNumber = "DN4383812345678", Drugs = [ClaimSamples.Drug("Paracetamol", 10, 250)] });

        Assert.Equal("38002", build.Document!.Summary["MA_DKBD"]);
        Assert.Equal((10m * 250m) + 30500m, D(build.Document.Summary["T_BHTT"]));
        Assert.Empty(ClaimCheck.Check(ClaimSamples.Data.Check, build.Document).Select(v => $"{v.Where} {v.Code}"));
    }

    [Fact]
    public void An_uncovered_visit_and_a_visit_without_cost_are_held_back_with_their_reasons()
    {
        var uncovered = ClaimBuilder.Build(ClaimSamples.Visit() with { Covered = false, Category = "9", CardNumber = null });
        var free = ClaimBuilder.Build(ClaimSamples.Visit() with { Services = [] });

        Assert.True(uncovered.Held);
        Assert.Equal(["bhyt.held.uncovered"], uncovered.HeldReasons);
        Assert.True(free.Held);
        Assert.Equal(["bhyt.held.zeroCost"], free.HeldReasons);
    }
}
