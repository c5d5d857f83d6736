using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// Antigen-based crediting (docs/immunization-schedule.md, "Products"). Expected results are worked from the circulars'
// wording ("vắc xin có chứa thành phần sởi" at 9 months) and the products' labels (6-in-1 and Rotarix from 6 weeks,
// Rotarix completed by 24 weeks), not from the engine's output.
public sealed class ProductCreditTests
{
    private static GivenDose Product(string code, string iso) => new(code, 0, D(iso));

    [Fact]
    public void MR_given_at_20_months_satisfies_measles_1_and_leaves_the_second_measles_containing_dose_open()
    {
        // Born 2024-01-10; 20 months = 2025-09-10. Before the fix the child showed "Measles 1 overdue".
        var rows = Child("2024-01-10", "2025-10-01", Given("MR", 1, "2025-09-10"));

        var measles = rows.Dose("Measles", 1);
        Assert.Equal((DoseStatus.Given, D("2025-09-10"), "MR"), (measles.Status, measles.GivenDate, measles.CreditedBy));

        // One dose credits one slot per antigen: MR 1 (measles + rubella) is still needed, as the second
        // measles-containing dose, a live injection at least 28 days after the first: 2025-10-08, so not due yet.
        var mr = rows.Dose("MR", 1);
        Assert.Equal((DoseStatus.Upcoming, (DateOnly?)null, D("2025-10-08")), (mr.Status, mr.GivenDate, mr.EarliestDate));
    }

    [Fact]
    public void A_service_MR_product_at_9_months_credits_measles_1_and_names_the_product()
    {
        var rows = Child("2025-01-15", "2025-10-20", Product("MMR", "2025-10-15"));

        var measles = rows.Dose("Measles", 1);
        Assert.Equal((DoseStatus.Given, D("2025-10-15"), "MMR"), (measles.Status, measles.GivenDate, measles.CreditedBy));
        Assert.Null(rows.Dose("MR", 1).GivenDate);
    }

    [Fact]
    public void A_6_in_1_at_6_weeks_credits_DTP_HepB_Hib_and_IPV_four_antigens_and_is_valid_by_its_label()
    {
        // Born 2025-01-15; 6 weeks = 2025-02-26. The EPI's DTP-HepB-Hib minimum is 2 months (2025-03-15) and its IPV
        // is given at 5 months, but the 6-in-1 is licensed from 6 weeks: DTP (D, T, P), HepB, Hib and polio (IPV).
        var rows = Child("2025-01-15", "2025-03-01", Product("DTaP-IPV-HepB-Hib", "2025-02-26"));

        var dtp = rows.Dose("DTP-HepB-Hib", 1);
        Assert.Equal((DoseStatus.Given, D("2025-02-26"), "DTaP-IPV-HepB-Hib"), (dtp.Status, dtp.GivenDate, dtp.CreditedBy));
        var ipv = rows.Dose("IPV", 1);
        Assert.Equal((DoseStatus.Given, D("2025-02-26"), "DTaP-IPV-HepB-Hib"), (ipv.Status, ipv.GivenDate, ipv.CreditedBy));
        Assert.DoesNotContain(rows, r => r.Status == DoseStatus.Invalid);

        // Not the birth dose (past 7 days), not bOPV (a different antigen), not the DTP booster (D, T, P already used).
        Assert.Null(rows.Dose("HepB-birth", 1).GivenDate);
        Assert.Null(rows.Dose("OPV", 1).GivenDate);
        Assert.Null(rows.Dose("DTP-booster", 1).GivenDate);

        // The next DTP dose counts its 28 days from the 6-in-1: recommended 3 months (2025-04-15), earliest 2025-03-26.
        Assert.Equal(D("2025-03-26"), rows.Dose("DTP-HepB-Hib", 2).EarliestDate);
    }

    [Fact]
    public void Four_6_in_1_doses_fill_the_primary_series_then_the_booster()
    {
        // 2, 3, 4 and 18 months: DTP-HepB-Hib 1–3, IPV 1–2 (the third dose finds IPV complete), DTP booster.
        var rows = Child("2024-01-15", "2025-08-01",
            Product("DTaP-IPV-HepB-Hib", "2024-03-15"), Product("DTaP-IPV-HepB-Hib", "2024-04-15"),
            Product("DTaP-IPV-HepB-Hib", "2024-05-15"), Product("DTaP-IPV-HepB-Hib", "2025-07-15"));

        Assert.Equal(D("2024-05-15"), rows.Dose("DTP-HepB-Hib", 3).GivenDate);
        Assert.Equal(D("2024-04-15"), rows.Dose("IPV", 2).GivenDate);
        var booster = rows.Dose("DTP-booster", 1);
        Assert.Equal((DoseStatus.Given, D("2025-07-15")), (booster.Status, booster.GivenDate));
    }

    [Fact]
    public void A_6_in_1_before_6_weeks_is_invalid_and_does_not_use_up_the_dose()
    {
        // 4 weeks (2025-02-12) is before the label's 6 weeks: invalid; the 2-month dose then counts as dose 1.
        var rows = Child("2025-01-15", "2025-03-20",
            Product("DTaP-IPV-HepB-Hib", "2025-02-12"), Product("DTaP-IPV-HepB-Hib", "2025-03-15"));

        var invalid = rows.InvalidDose("DTP-HepB-Hib", 1);
        Assert.Equal((D("2025-02-12"), D("2025-02-26"), "DTaP-IPV-HepB-Hib"), (invalid.GivenDate, invalid.EarliestDate, invalid.CreditedBy));
        Assert.Equal(D("2025-03-15"), rows.Dose("DTP-HepB-Hib", 1).GivenDate);
        Assert.Null(rows.Dose("DTP-HepB-Hib", 2).GivenDate);
    }

    [Fact]
    public void Rotarix_after_24_weeks_credits_nothing()
    {
        // Born 2025-01-15; 24 weeks = 2025-07-02. A dose on 2025-07-10 is past the label's limit (and the EPI's 6 months).
        var rows = Child("2025-01-15", "2025-07-20", Product("Rotarix", "2025-03-01"), Product("Rotarix", "2025-07-10"));

        Assert.Equal((D("2025-03-01"), "Rotarix"), (rows.Dose("Rota", 1).GivenDate, rows.Dose("Rota", 1).CreditedBy));
        Assert.Null(rows.Dose("Rota", 2).GivenDate);
    }

    [Fact]
    public void Products_outside_the_schedule_are_accepted_and_credit_no_slot()
    {
        var without = Child("2025-01-15", "2026-03-01");
        var with = Child("2025-01-15", "2026-03-01", Product("HepA", "2026-01-20"), Product("Influenza", "2025-08-01"));

        Assert.Equal(without, with);
    }

    [Fact]
    public void A_live_service_vaccine_outside_the_schedule_still_spaces_the_next_live_injection()
    {
        // Varicella on 2026-01-20 credits nothing, but a live injection not given the same day waits 28 days:
        // the BCG (not given, live, under 1 year) could only be given from 2026-02-17, after its first birthday.
        var rows = Child("2025-06-15", "2026-01-25", Product("Varicella", "2026-01-20"));

        Assert.Equal(D("2026-02-17"), rows.Dose("BCG", 1).EarliestDate);
    }

    [Fact]
    public void The_catalogue_lists_each_product_s_credited_codes_in_schedule_order()
    {
        Assert.True(Schedule.TryGetProduct("DTaP-IPV-HepB-Hib", out var hexa));
        Assert.Equal(["HepB-birth", "DTP-HepB-Hib", "IPV", "DTP-booster"], hexa.CreditsCodes);
        Assert.True(Schedule.TryGetProduct("MMR", out var mmr));
        Assert.Equal(["Measles", "MR"], mmr.CreditsCodes);
        Assert.False(Schedule.TryGetProduct("DTP-HepB-Hib", out _)); // schedule codes are not catalogue products
    }
}
