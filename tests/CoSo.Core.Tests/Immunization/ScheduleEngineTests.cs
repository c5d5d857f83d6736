using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// Expected dates are worked out by hand from TT 38/2017 + TT 10/2024 (docs/immunization-schedule.md),
// not copied from the engine's output.
public sealed class ScheduleEngineTests
{
    [Fact]
    public void Child_vaccinated_on_time_has_every_dose_given_and_the_next_ones_upcoming()
    {
        // Born 2025-01-15: birth doses that day; 2 months = 2025-03-15, 3 months = 04-15, 4 months = 05-15,
        // 5 months = 06-15, 9 months = 10-15.
        var rows = Child("2025-01-15", "2025-06-20",
            Given("HepB-birth", 1, "2025-01-15"), Given("BCG", 1, "2025-01-15"),
            Given("DTP-HepB-Hib", 1, "2025-03-15"), Given("OPV", 1, "2025-03-15"), Given("Rota", 1, "2025-03-15"),
            Given("DTP-HepB-Hib", 2, "2025-04-15"), Given("OPV", 2, "2025-04-15"), Given("Rota", 2, "2025-04-15"),
            Given("DTP-HepB-Hib", 3, "2025-05-15"), Given("OPV", 3, "2025-05-15"),
            Given("IPV", 1, "2025-06-15"));

        Assert.Equal(22, rows.Count); // one row per child dose (Td at 7 years included), no invalid extras
        Assert.Equal(11, rows.Count(r => r.Status == DoseStatus.Given));

        // DTP2: recommended = later of (3 months = 04-15, dose 1 + 28 days = 04-12) = 04-15;
        // earliest = later of (2 months = 03-15, 04-12) = 04-12.
        var dtp2 = rows.Dose("DTP-HepB-Hib", 2);
        Assert.Equal((DoseStatus.Given, D("2025-04-15"), D("2025-04-12"), D("2025-04-15")),
            (dtp2.Status, dtp2.RecommendedDate, dtp2.EarliestDate, dtp2.GivenDate));

        // IPV2 (TT 10/2024): 9 months = 2025-10-15, later than IPV1 + 28 days = 07-13.
        var ipv2 = rows.Dose("IPV", 2);
        Assert.Equal((DoseStatus.Upcoming, D("2025-10-15")), (ipv2.Status, ipv2.RecommendedDate));
        Assert.Equal(DoseStatus.Upcoming, rows.Dose("Measles", 1).Status);
        Assert.Equal(D("2025-10-15"), rows.Dose("Measles", 1).RecommendedDate);
    }

    [Fact]
    public void Dose_given_20_days_after_the_previous_one_is_invalid_and_still_needed()
    {
        // DTP2 earliest = DTP1 (03-15) + 28 days = 04-12; given 04-04 is too early. Recommended = 3 months = 04-15.
        var rows = Child("2025-01-15", "2025-04-20",
            Given("DTP-HepB-Hib", 1, "2025-03-15"), Given("DTP-HepB-Hib", 2, "2025-04-04"));

        var invalid = rows.InvalidDose("DTP-HepB-Hib", 2);
        Assert.Equal((D("2025-04-15"), D("2025-04-12"), D("2025-04-04")),
            (invalid.RecommendedDate, invalid.EarliestDate, invalid.GivenDate));
        Assert.Equal(23, rows.Count); // 22 doses + the invalid one

        // Dose 2 still needed: 5 days after 04-15, so due.
        var dtp2 = rows.Dose("DTP-HepB-Hib", 2);
        Assert.Equal((DoseStatus.Due, D("2025-04-15"), (DateOnly?)null), (dtp2.Status, dtp2.RecommendedDate, dtp2.GivenDate));

        // Dose 3 moves: dose 2 can at best be given today (04-20), so dose 3 = later of (4 months = 05-15, 04-20 + 28 = 05-18).
        var dtp3 = rows.Dose("DTP-HepB-Hib", 3);
        Assert.Equal((DoseStatus.Upcoming, D("2025-05-18"), D("2025-05-18")), (dtp3.Status, dtp3.RecommendedDate, dtp3.EarliestDate));
    }

    [Fact]
    public void Repeated_dose_after_an_invalid_one_counts_and_moves_the_next_dose()
    {
        // The repeat on 04-25 is dose 2 (whatever number the register gives it); dose 3 = later of (05-15, 04-25 + 28 = 05-23).
        var rows = Child("2025-01-15", "2025-04-30",
            Given("DTP-HepB-Hib", 1, "2025-03-15"), Given("DTP-HepB-Hib", 2, "2025-04-04"), Given("DTP-HepB-Hib", 3, "2025-04-25"));

        Assert.Equal(D("2025-04-04"), rows.InvalidDose("DTP-HepB-Hib", 2).GivenDate);
        Assert.Equal((DoseStatus.Given, D("2025-04-25")), (rows.Dose("DTP-HepB-Hib", 2).Status, rows.Dose("DTP-HepB-Hib", 2).GivenDate));
        var dtp3 = rows.Dose("DTP-HepB-Hib", 3);
        Assert.Equal((DoseStatus.Upcoming, D("2025-05-23"), (DateOnly?)null), (dtp3.Status, dtp3.RecommendedDate, dtp3.GivenDate));
    }

    [Fact]
    public void Child_first_seen_at_8_months_gets_a_catch_up_plan_without_restarting_anything()
    {
        // Born 2025-01-15, seen 2025-09-15 (8 months) with nothing given.
        var rows = Child("2025-01-15", "2025-09-15");

        // HepB birth dose only within 7 days (2025-01-22); rotavirus only before 6 months (2025-07-15).
        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("HepB-birth", 1).Status);
        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 1).Status);
        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 2).Status);

        // BCG (under 1 year), DTP1, OPV1 and IPV1 are overdue from their ages.
        Assert.Equal((DoseStatus.Overdue, D("2025-01-15")), (rows.Dose("BCG", 1).Status, rows.Dose("BCG", 1).RecommendedDate));
        Assert.Equal((DoseStatus.Overdue, D("2025-03-15")), (rows.Dose("DTP-HepB-Hib", 1).Status, rows.Dose("DTP-HepB-Hib", 1).RecommendedDate));
        Assert.Equal((DoseStatus.Overdue, D("2025-06-15")), (rows.Dose("IPV", 1).Status, rows.Dose("IPV", 1).RecommendedDate));

        // Later doses are spaced from today: DTP2 = 09-15 + 28 = 10-13, DTP3 = 10-13 + 28 = 11-10.
        Assert.Equal((DoseStatus.Upcoming, D("2025-10-13")), (rows.Dose("DTP-HepB-Hib", 2).Status, rows.Dose("DTP-HepB-Hib", 2).RecommendedDate));
        Assert.Equal((DoseStatus.Upcoming, D("2025-11-10")), (rows.Dose("OPV", 3).Status, rows.Dose("OPV", 3).RecommendedDate));
        // IPV2 = later of (9 months = 10-15, 09-15 + 28 = 10-13) = 10-15.
        Assert.Equal(D("2025-10-15"), rows.Dose("IPV", 2).RecommendedDate);
        Assert.Equal((DoseStatus.Upcoming, D("2025-10-15")), (rows.Dose("Measles", 1).Status, rows.Dose("Measles", 1).RecommendedDate));
    }

    [Fact]
    public void Measles_given_before_9_months_is_invalid_and_the_repeat_waits_28_days()
    {
        // 9 months = 2025-10-15; given 09-20 is too early. The invalid live dose still counts for spacing,
        // so the repeat's earliest date = later of (10-15, 09-20 + 28 = 10-18) = 10-18; on 10-20 it is due.
        var rows = Child("2025-01-15", "2025-10-20", Given("BCG", 1, "2025-01-15"), Given("Measles", 1, "2025-09-20"));

        var invalid = rows.InvalidDose("Measles", 1);
        Assert.Equal((D("2025-10-15"), D("2025-09-20")), (invalid.EarliestDate, invalid.GivenDate));
        var measles = rows.Dose("Measles", 1);
        Assert.Equal((DoseStatus.Due, D("2025-10-18"), D("2025-10-18")), (measles.Status, measles.RecommendedDate, measles.EarliestDate));
    }

    [Theory]
    [InlineData("2025-03-14", DoseStatus.Upcoming)] // the day before 2 months
    [InlineData("2025-03-15", DoseStatus.Due)]      // 2 months exactly
    [InlineData("2025-04-11", DoseStatus.Due)]      // 27 days after
    [InlineData("2025-04-12", DoseStatus.Overdue)]  // 28 days after
    public void Dose_is_due_up_to_27_days_after_its_recommended_date_and_overdue_from_28(string asOf, DoseStatus expected)
    {
        var rows = Child("2025-01-15", asOf);

        Assert.Equal(expected, rows.Dose("DTP-HepB-Hib", 1).Status);
    }

    [Fact]
    public void Recommended_age_in_months_is_clamped_to_the_end_of_a_short_month()
    {
        // Born 2024-12-31: 2 months = 2025-02-28 (no 31 February), 3 months = 2025-03-31.
        var rows = Child("2024-12-31", "2025-01-10");

        Assert.Equal(D("2025-02-28"), rows.Dose("DTP-HepB-Hib", 1).RecommendedDate);
        Assert.Equal(D("2025-03-31"), rows.Dose("DTP-HepB-Hib", 2).RecommendedDate);
    }

    [Theory]
    [InlineData("2025-07-14", DoseStatus.Overdue)]
    [InlineData("2025-07-15", DoseStatus.NotApplicable)] // 6 months: rotavirus no longer given
    public void Rotavirus_is_not_applicable_from_6_months_of_age(string asOf, DoseStatus expected)
    {
        var rows = Child("2025-01-15", asOf);

        Assert.Equal(expected, rows.Dose("Rota", 1).Status);
    }

    [Fact]
    public void Dose_that_cannot_be_given_before_the_maximum_age_is_not_applicable()
    {
        // Rota1 on 06-20: Rota2 earliest = 06-20 + 28 = 07-18, past 6 months (07-15).
        var rows = Child("2025-01-15", "2025-06-25", Given("Rota", 1, "2025-06-20"));

        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 2).Status);
    }

    [Theory]
    [InlineData("2025-01-21", DoseStatus.Due)]
    [InlineData("2025-01-22", DoseStatus.NotApplicable)] // 7 days after birth
    public void Hepatitis_B_birth_dose_is_not_applicable_after_the_first_week(string asOf, DoseStatus expected)
    {
        var rows = Child("2025-01-15", asOf);

        Assert.Equal(expected, rows.Dose("HepB-birth", 1).Status);
    }

    [Fact]
    public void High_risk_area_vaccines_apply_only_to_children_in_that_programme()
    {
        // Born 2022-01-15: 2 years = 2024-01-15, so on 01-20 cholera 1 is due; cholera 2 = 01-20 + 14 days = 02-03.
        var given = Array.Empty<GivenDose>();
        var routine = ScheduleEngine.Evaluate(Schedule, D("2022-01-15"), D("2024-01-20"), given, ChildProgrammes.Routine);
        var highRisk = ScheduleEngine.Evaluate(Schedule, D("2022-01-15"), D("2024-01-20"), given,
            ChildProgrammes.Routine | ChildProgrammes.HighRiskAreas);

        Assert.Equal((DoseStatus.NotApplicable, (DateOnly?)null), (routine.Dose("Cholera", 1).Status, routine.Dose("Cholera", 1).RecommendedDate));
        Assert.Equal((DoseStatus.Due, D("2024-01-15")), (highRisk.Dose("Cholera", 1).Status, highRisk.Dose("Cholera", 1).RecommendedDate));
        Assert.Equal((DoseStatus.Upcoming, D("2024-02-03")), (highRisk.Dose("Cholera", 2).Status, highRisk.Dose("Cholera", 2).RecommendedDate));
        Assert.Equal((DoseStatus.Upcoming, D("2025-01-15")), (highRisk.Dose("Typhoid", 1).Status, highRisk.Dose("Typhoid", 1).RecommendedDate));
    }

    [Fact]
    public void Dtp_booster_waits_6_months_after_a_late_third_dose()
    {
        // DTP3 late on 2026-05-01; booster = later of (18 months = 2026-07-15, 2026-05-01 + 6 months = 2026-11-01).
        var rows = Child("2025-01-15", "2026-07-20",
            Given("DTP-HepB-Hib", 1, "2026-03-01"), Given("DTP-HepB-Hib", 2, "2026-04-01"), Given("DTP-HepB-Hib", 3, "2026-05-01"));

        var booster = rows.Dose("DTP-booster", 1);
        Assert.Equal((DoseStatus.Upcoming, D("2026-11-01")), (booster.Status, booster.RecommendedDate));
    }

    [Fact]
    public void Doses_given_after_the_evaluation_date_are_ignored()
    {
        var rows = Child("2025-01-15", "2025-01-20", Given("BCG", 1, "2025-02-01"));

        Assert.Equal(DoseStatus.Due, rows.Dose("BCG", 1).Status);
    }

    [Fact]
    public void Unknown_vaccine_code_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Child("2025-01-15", "2025-02-01", Given("PCV", 1, "2025-01-20")));
    }
}
