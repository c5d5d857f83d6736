using CoSo.Core.Maternal;
using static CoSo.Core.Tests.Maternal.Dates;

namespace CoSo.Core.Tests.Maternal;

/// <summary>
/// The station's postnatal schedule (TT 30/2024/TT-BYT): born outside a facility, a visit as soon as the birth is known
/// (within 24 hours) and a second within 7 days; born in a facility, one visit in the first week. Then week 6 (WHO).
/// Day 0 is the birth day.
/// </summary>
public sealed class PostnatalScheduleTests
{
    private static readonly CareSchedule Schedule = MaternalSchedules.LoadDefault().PostnatalDefault;

    [Fact]
    public void A_home_birth_visited_the_same_day_is_due_its_first_week_visit_from_day_2_and_overdue_from_day_8()
    {
        var slots = CareScheduleEngine.Evaluate(Schedule, D("01/12/2026"), [D("01/12/2026")], D("04/12/2026"));

        Assert.Equal([CareSlotStatus.Done, CareSlotStatus.Due, CareSlotStatus.Upcoming], slots.Select(s => s.Status));
        Assert.Equal((D("03/12/2026"), D("09/12/2026")), (slots[1].DueFrom, slots[1].OverdueFrom));
        // Week 6: due from day 35 = 05/01/2027, overdue from day 49 = 19/01/2027.
        Assert.Equal((D("05/01/2027"), D("19/01/2027")), (slots[2].DueFrom, slots[2].OverdueFrom));
    }

    [Fact]
    public void A_home_birth_not_visited_by_the_day_after_is_overdue_for_the_24_hour_visit()
    {
        var slots = CareScheduleEngine.Evaluate(Schedule, D("01/12/2026"), [], D("03/12/2026"));

        Assert.Equal(CareSlotStatus.Overdue, slots[0].Status);
    }

    [Fact]
    public void A_birth_in_a_facility_had_its_first_24_hours_there_and_is_due_a_home_visit_in_the_first_week()
    {
        var day1 = CareScheduleEngine.Evaluate(Schedule, D("01/12/2026"), [], D("02/12/2026"), facilityBirth: true);
        var day9 = CareScheduleEngine.Evaluate(Schedule, D("01/12/2026"), [], D("10/12/2026"), facilityBirth: true);

        Assert.Equal([CareSlotStatus.NotApplicable, CareSlotStatus.Upcoming, CareSlotStatus.Upcoming], day1.Select(s => s.Status));
        Assert.Equal(CareSlotStatus.Overdue, day9[1].Status);
        var progress = CareProgress.From(Schedule, day9, 0);
        Assert.Equal((2, 2), (progress.Next!.Number, progress.SlotCount));
    }

    [Fact]
    public void A_first_week_visit_on_day_4_after_a_facility_birth_leaves_week_6_upcoming()
    {
        var slots = CareScheduleEngine.Evaluate(Schedule, D("01/12/2026"), [D("05/12/2026")], D("20/12/2026"), facilityBirth: true);

        Assert.Equal([CareSlotStatus.NotApplicable, CareSlotStatus.Done, CareSlotStatus.Upcoming], slots.Select(s => s.Status));
        Assert.False(CareProgress.From(Schedule, slots, 1).IsDue);
    }
}
