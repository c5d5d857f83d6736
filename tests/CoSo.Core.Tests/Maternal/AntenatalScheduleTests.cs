using CoSo.Core.Maternal;
using static CoSo.Core.Tests.Maternal.Dates;

namespace CoSo.Core.Tests.Maternal;

/// <summary>
/// Worked by hand from the national schedule (at least 4 visits: 1 in the first trimester, before 14 weeks; 1 in the
/// second, 14–27 weeks; 2 in the third, from 28 weeks) with the focused-ANC times inside each trimester, and from
/// WHO's eight contacts (12, 20, 26, 30, 34, 36, 38, 40 weeks). The pregnancy starts (LMP) on 10/03/2026.
/// </summary>
public sealed class AntenatalScheduleTests
{
    private static readonly DateOnly Lmp = D("10/03/2026");
    private static readonly MaternalSchedules Schedules = MaternalSchedules.LoadDefault();

    [Fact]
    public void The_national_schedule_is_four_visits_one_per_trimester_and_two_in_the_third()
    {
        var national = Schedules.AntenatalDefault;

        Assert.Equal("vn-national", national.Code);
        Assert.Equal([(0, 98), (98, 196), (196, 294), (196, 294)], national.Slots.Select(s => (s.FromDays, s.ToDays)));
    }

    [Fact]
    public void The_who_model_has_eight_contacts_at_its_target_weeks()
    {
        var who = Schedules.AntenatalByCode("who-2016")!;

        Assert.Equal(8, who.Slots.Count);
        // Each window holds its target week: 20 w = 140 days in [91, 161), 26 w = 182 in [161, 196), …
        int[] targets = [0, 20, 26, 30, 34, 36, 38, 40];
        Assert.All(who.Slots.Zip(targets), x => Assert.InRange(x.Second * 7, x.First.FromDays, x.First.ToDays - 1));
    }

    [Fact]
    public void One_visit_in_each_of_the_first_two_trimesters_leaves_the_third_trimester_visit_due_at_32_weeks()
    {
        // Contacts on 20/04 (day 41, first trimester) and 10/08 (day 153, second). On 20/10/2026 (day 224 = 32+0)
        // visit 3 falls due; it is overdue from day 238 = 03/11/2026; visit 4 is due from day 252 = 17/11/2026.
        var slots = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, [D("20/04/2026"), D("10/08/2026")], D("20/10/2026"));

        Assert.Equal([CareSlotStatus.Done, CareSlotStatus.Done, CareSlotStatus.Due, CareSlotStatus.Upcoming], slots.Select(s => s.Status));
        Assert.Equal((D("20/10/2026"), D("03/11/2026")), (slots[2].DueFrom, slots[2].OverdueFrom));
        Assert.Equal(D("17/11/2026"), slots[3].DueFrom);
        var progress = CareProgress.From(Schedules.AntenatalDefault, slots, 2);
        Assert.True(progress.IsDue);
        Assert.Equal((3, 2, 4), (progress.Next!.Number, progress.SlotsDone, progress.SlotCount));
    }

    [Fact]
    public void The_first_trimester_visit_is_overdue_from_12_weeks_and_missed_from_14()
    {
        // Day 84 = 02/06/2026 (12+0); the window's last day is day 97 = 15/06; day 98 = 16/06 is 14+0.
        var onDay83 = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, [], D("01/06/2026"));
        var onDay84 = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, [], D("02/06/2026"));
        var onDay98 = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, [], D("16/06/2026"));

        Assert.Equal(CareSlotStatus.Due, onDay83[0].Status);
        Assert.Equal(CareSlotStatus.Overdue, onDay84[0].Status);
        Assert.Equal((CareSlotStatus.Missed, D("15/06/2026")), (onDay98[0].Status, onDay98[0].LastDay));
    }

    [Fact]
    public void Two_third_trimester_contacts_fill_visits_3_and_4_and_a_second_contact_in_one_trimester_counts_only_in_the_total()
    {
        // 20/04 and 27/04 are both first-trimester: the second fills nothing. 22/09 (day 196) and 17/11 (day 252) fill 3 and 4.
        DateOnly[] contacts = [D("20/04/2026"), D("27/04/2026"), D("22/09/2026"), D("17/11/2026")];
        var slots = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, contacts, D("18/11/2026"));

        Assert.Equal([CareSlotStatus.Done, CareSlotStatus.Missed, CareSlotStatus.Done, CareSlotStatus.Done], slots.Select(s => s.Status));
        Assert.Equal([D("20/04/2026"), null, D("22/09/2026"), D("17/11/2026")], slots.Select(s => s.DoneOn));
    }

    [Fact]
    public void The_same_two_contacts_on_the_who_model_leave_26_and_30_weeks_missed_and_34_weeks_upcoming()
    {
        // WHO windows: 1 [0, 91), 2 [91, 161) holds day 153, 3 [161, 196) and 4 [196, 224) have passed by day 224,
        // 5 [224, 252) is due from day 231 = 27/10/2026.
        var slots = CareScheduleEngine.Evaluate(Schedules.AntenatalByCode("who-2016")!, Lmp, [D("20/04/2026"), D("10/08/2026")], D("20/10/2026"));

        Assert.Equal(
            [CareSlotStatus.Done, CareSlotStatus.Done, CareSlotStatus.Missed, CareSlotStatus.Missed, CareSlotStatus.Upcoming, CareSlotStatus.Upcoming, CareSlotStatus.Upcoming, CareSlotStatus.Upcoming],
            slots.Select(s => s.Status));
        Assert.Equal(D("27/10/2026"), slots[4].DueFrom);
    }

    [Fact]
    public void A_contact_recorded_for_a_future_day_is_not_counted()
    {
        var slots = CareScheduleEngine.Evaluate(Schedules.AntenatalDefault, Lmp, [D("20/05/2026")], D("01/05/2026"));

        Assert.Equal(CareSlotStatus.Due, slots[0].Status);
    }
}
