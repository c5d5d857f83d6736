using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

public sealed class TetanusScheduleEngineTests
{
    [Fact]
    public void First_pregnancy_without_td_gets_dose_1_now_and_the_rest_spaced_from_it()
    {
        // First contact 2025-03-01, seen 03-05: Td1 due since 03-01; Td2 = 03-05 + 28 days = 04-02;
        // Td3 = 04-02 + 6 months = 10-02; Td4 = + 1 year = 2026-10-02; Td5 = 2027-10-02.
        var rows = TetanusScheduleEngine.EvaluatePregnancy(Schedule, D("2025-03-01"), D("2025-03-05"), []);

        Assert.Equal(5, rows.Count);
        Assert.Equal((DoseStatus.Due, D("2025-03-01")), (rows[0].Status, rows[0].RecommendedDate));
        Assert.Equal((DoseStatus.Upcoming, D("2025-04-02")), (rows[1].Status, rows[1].RecommendedDate));
        Assert.Equal(D("2025-10-02"), rows[2].RecommendedDate);
        Assert.Equal(D("2026-10-02"), rows[3].RecommendedDate);
        Assert.Equal(D("2027-10-02"), rows[4].RecommendedDate);
    }

    [Fact]
    public void Td_3_whose_interval_ran_out_between_pregnancies_is_due_at_the_next_pregnancy()
    {
        // Td1 2023-02-01, Td2 2023-03-15 in the previous pregnancy; Td3 earliest = 2023-09-15, recommended at
        // this pregnancy's first contact 2025-03-01; Td4 = 2025-03-01 + 1 year = 2026-03-01.
        var rows = TetanusScheduleEngine.EvaluatePregnancy(Schedule, D("2025-03-01"), D("2025-03-01"),
            [D("2023-02-01"), D("2023-03-15")]);

        Assert.Equal(DoseStatus.Given, rows[0].Status);
        Assert.Equal(DoseStatus.Given, rows[1].Status);
        Assert.Equal((DoseStatus.Due, D("2025-03-01"), D("2023-09-15")), (rows[2].Status, rows[2].RecommendedDate, rows[2].EarliestDate));
        Assert.Equal((DoseStatus.Upcoming, D("2026-03-01")), (rows[3].Status, rows[3].RecommendedDate));
    }

    [Fact]
    public void Td_2_given_20_days_after_td_1_is_invalid()
    {
        // Td2 earliest = 2025-03-01 + 28 days = 03-29; given 03-21 is too early. On 04-05 the repeat is due.
        var rows = TetanusScheduleEngine.EvaluatePregnancy(Schedule, D("2025-03-01"), D("2025-04-05"),
            [D("2025-03-01"), D("2025-03-21")]);

        Assert.Equal(6, rows.Count);
        var invalid = Assert.Single(rows, r => r.Status == DoseStatus.Invalid);
        Assert.Equal((2, D("2025-03-29"), D("2025-03-21")), (invalid.Dose, invalid.EarliestDate, invalid.GivenDate));
        var td2 = Assert.Single(rows, r => r.Dose == 2 && r.Status != DoseStatus.Invalid);
        Assert.Equal((DoseStatus.Due, D("2025-03-29")), (td2.Status, td2.RecommendedDate));
    }
}
