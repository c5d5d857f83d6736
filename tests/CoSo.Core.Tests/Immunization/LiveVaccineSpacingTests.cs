using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

public sealed class LiveVaccineSpacingTests
{
    [Fact]
    public void Live_injection_given_14_days_after_another_live_injection_is_invalid()
    {
        // BCG late on 2025-10-01, measles at 9 months (10-15): only 14 days apart, so measles is invalid;
        // its earliest was later of (10-15, 10-01 + 28 = 10-29). The repeat must then wait 28 days after the
        // invalid measles dose too: 10-15 + 28 = 11-12.
        var rows = Child("2025-01-15", "2025-10-20", Given("BCG", 1, "2025-10-01"), Given("Measles", 1, "2025-10-15"));

        Assert.Equal(DoseStatus.Given, rows.Dose("BCG", 1).Status);
        var invalid = rows.InvalidDose("Measles", 1);
        Assert.Equal((D("2025-10-29"), D("2025-10-15")), (invalid.EarliestDate, invalid.GivenDate));
        var measles = rows.Dose("Measles", 1);
        Assert.Equal((DoseStatus.Upcoming, D("2025-11-12"), D("2025-11-12")), (measles.Status, measles.RecommendedDate, measles.EarliestDate));
    }

    [Fact]
    public void Live_injections_given_on_the_same_day_are_both_valid()
    {
        var rows = Child("2025-01-15", "2025-10-20", Given("BCG", 1, "2025-10-15"), Given("Measles", 1, "2025-10-15"));

        Assert.Equal(DoseStatus.Given, rows.Dose("BCG", 1).Status);
        Assert.Equal(DoseStatus.Given, rows.Dose("Measles", 1).Status);
        Assert.DoesNotContain(rows, r => r.Status == DoseStatus.Invalid);
    }

    [Fact]
    public void Earliest_date_of_a_live_injection_moves_to_28_days_after_the_last_live_dose()
    {
        // BCG late on 2025-10-01; measles' earliest = later of (9 months = 10-15, 10-01 + 28 = 10-29).
        var rows = Child("2025-01-15", "2025-10-20", Given("BCG", 1, "2025-10-01"));

        var measles = rows.Dose("Measles", 1);
        Assert.Equal((DoseStatus.Upcoming, D("2025-10-29"), D("2025-10-29")), (measles.Status, measles.RecommendedDate, measles.EarliestDate));
    }

    [Fact]
    public void Oral_live_vaccines_are_exempt_from_the_28_day_spacing()
    {
        // BCG on 2025-03-01, OPV1 and Rota1 on 2025-03-15 (2 months, 14 days after BCG): valid, because
        // oral live vaccines do not interfere with injected ones (liveSpacing.appliesToOral = false).
        var rows = Child("2025-01-15", "2025-03-20",
            Given("BCG", 1, "2025-03-01"), Given("OPV", 1, "2025-03-15"), Given("Rota", 1, "2025-03-15"));

        Assert.Equal(DoseStatus.Given, rows.Dose("OPV", 1).Status);
        Assert.Equal(DoseStatus.Given, rows.Dose("Rota", 1).Status);
        Assert.DoesNotContain(rows, r => r.Status == DoseStatus.Invalid);
    }
}
