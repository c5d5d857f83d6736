using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// TT 10/2024/TT-BYT (in force 2024-08-01) added IPV dose 2 at 9 months and rotavirus from 2 months.
// A dose is in a child's schedule when the version in force on the day it falls due by age contains it.
public sealed class ScheduleVersionTests
{
    [Fact]
    public void Child_who_reached_2_months_before_2024_08_01_has_no_rotavirus()
    {
        // Born 2024-05-31: 2 months = 2024-07-31, one day before TT 10/2024.
        var rows = Child("2024-05-31", "2024-09-01");

        var rota1 = rows.Dose("Rota", 1);
        Assert.Equal((DoseStatus.NotApplicable, (DateOnly?)null), (rota1.Status, rota1.RecommendedDate));
        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 2).Status);
        // But IPV2 at 9 months (2025-02-28) falls due after the change, so it applies.
        Assert.Equal((DoseStatus.Upcoming, D("2025-02-28")), (rows.Dose("IPV", 2).Status, rows.Dose("IPV", 2).RecommendedDate));
    }

    [Fact]
    public void Child_who_reaches_2_months_on_2024_08_01_gets_rotavirus()
    {
        // Born 2024-06-01: 2 months = 2024-08-01; on 08-10 rotavirus 1 is 9 days past due.
        var rows = Child("2024-06-01", "2024-08-10");

        var rota1 = rows.Dose("Rota", 1);
        Assert.Equal((DoseStatus.Due, D("2024-08-01")), (rota1.Status, rota1.RecommendedDate));
        // Rota2 = later of (3 months = 09-01, rota 1 at best today 08-10 + 28 days = 09-07).
        Assert.Equal((DoseStatus.Upcoming, D("2024-09-07")), (rows.Dose("Rota", 2).Status, rows.Dose("Rota", 2).RecommendedDate));
    }

    [Theory]
    [InlineData("2023-10-31", "2024-03-31", DoseStatus.NotApplicable)] // 9 months = 2024-07-31: old schedule
    [InlineData("2023-11-01", "2024-04-01", DoseStatus.Due)]           // 9 months = 2024-08-01: new schedule
    public void Ipv_dose_2_applies_to_children_reaching_9_months_from_2024_08_01(string birth, string ipv1, DoseStatus expected)
    {
        var rows = Child(birth, "2024-08-05", Given("IPV", 1, ipv1));

        Assert.Equal(DoseStatus.Given, rows.Dose("IPV", 1).Status);
        Assert.Equal(expected, rows.Dose("IPV", 2).Status);
    }

    [Fact]
    public void Rotavirus_given_outside_the_schedule_is_still_recorded_as_given()
    {
        // Born 2024-05-01 (no rotavirus in the EPI schedule), but a dose bought privately is kept.
        var rows = Child("2024-05-01", "2024-08-01", Given("Rota", 1, "2024-07-01"));

        Assert.Equal(DoseStatus.Given, rows.Dose("Rota", 1).Status);
        Assert.Equal(DoseStatus.NotApplicable, rows.Dose("Rota", 2).Status);
    }

    [Fact]
    public void Baseline_version_applies_to_children_born_before_it()
    {
        // Born 2016-01-15: the TT 38 baseline (assumed in force from 2017-12-01) is applied to earlier doses too,
        // so a 1-year-old in 2017 had JE due, not "not applicable".
        var rows = Child("2016-01-15", "2017-01-20");

        Assert.Equal((DoseStatus.Due, D("2017-01-15")), (rows.Dose("JE", 1).Status, rows.Dose("JE", 1).RecommendedDate));
    }
}
