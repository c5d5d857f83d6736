using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

/// <summary>
/// TT 38 (secondary sources): oral cholera for children 2–5 years in high-risk areas, dose 2 two weeks after dose 1;
/// typhoid Vi for children 3–10 years in high-risk areas, one dose. A child's programmes come from its station's marking.
/// </summary>
public sealed class HighRiskAreaProgrammeTests
{
    private static IReadOnlyList<DoseEvaluation> At(bool highRiskArea, string birth, string asOf, params GivenDose[] given) =>
        ScheduleEngine.Evaluate(Schedule, D(birth), D(asOf), given, HighRiskArea.ProgrammesFor(highRiskArea));

    [Fact]
    public void A_child_of_a_marked_station_is_due_typhoid_from_3_years_and_one_elsewhere_is_not()
    {
        // Born 2020-03-10: 3 years = 2023-03-10; on 2023-03-20 that is 10 days late, so due (under 28 days).
        var marked = At(true, "2020-03-10", "2023-03-20").Dose("Typhoid", 1);
        var notMarked = At(false, "2020-03-10", "2023-03-20").Dose("Typhoid", 1);

        Assert.Equal((DoseStatus.Due, D("2023-03-10")), (marked.Status, marked.RecommendedDate));
        Assert.Equal(DoseStatus.NotApplicable, notMarked.Status);
    }

    [Fact]
    public void Typhoid_is_for_children_up_to_10_years_and_stops_at_the_11th_birthday()
    {
        // "3–10 years": the day before the 11th birthday still counts (overdue since 2017-03-10), the birthday does not.
        Assert.Equal(DoseStatus.Overdue, At(true, "2014-03-10", "2025-03-09").Dose("Typhoid", 1).Status);
        Assert.Equal(DoseStatus.NotApplicable, At(true, "2014-03-10", "2025-03-10").Dose("Typhoid", 1).Status);
    }

    [Fact]
    public void Cholera_dose_2_falls_two_weeks_after_dose_1()
    {
        // Dose 1 on 2024-01-20 (child born 2022-01-15, over 2 years): dose 2 from 2024-01-20 + 14 days = 2024-02-03.
        var rows = At(true, "2022-01-15", "2024-02-03", Given("Cholera", 1, "2024-01-20"));

        var dose2 = rows.Dose("Cholera", 2);
        Assert.Equal((DoseStatus.Due, D("2024-02-03"), D("2024-02-03")), (dose2.Status, dose2.RecommendedDate, dose2.EarliestDate));
    }

    [Fact]
    public void Every_child_is_in_the_routine_programme_and_only_marked_stations_add_high_risk_areas()
    {
        Assert.Equal(ChildProgrammes.Routine, HighRiskArea.ProgrammesFor(false));
        Assert.Equal(ChildProgrammes.Routine | ChildProgrammes.HighRiskAreas, HighRiskArea.ProgrammesFor(true));
    }
}
