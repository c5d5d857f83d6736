namespace CoSo.Core.Maternal;

/// <summary>
/// Places recorded contacts on a schedule: each contact, in date order, fills the first open slot whose window holds
/// it (a contact outside every open window counts in the total only). An unfilled slot is upcoming, due, overdue or
/// missed by the day's offset from the anchor; a slot covered by a birth in a facility is not applicable.
/// </summary>
public static class CareScheduleEngine
{
    public static IReadOnlyList<CareSlotEvaluation> Evaluate(CareSchedule schedule, DateOnly anchor, IEnumerable<DateOnly> contacts, DateOnly today, bool facilityBirth = false)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(contacts);
        var slots = schedule.Slots.OrderBy(s => s.Number).ToList();
        var covered = slots.Select(s => facilityBirth && s.CoveredByFacilityBirth).ToArray();
        var done = new DateOnly?[slots.Count];
        foreach (var contact in contacts.Where(c => c <= today).Order())
        {
            var day = contact.DayNumber - anchor.DayNumber;
            for (var i = 0; i < slots.Count; i++)
            {
                if (!covered[i] && done[i] is null && day >= slots[i].FromDays && day < slots[i].ToDays)
                {
                    done[i] = contact;
                    break;
                }
            }
        }

        var offset = today.DayNumber - anchor.DayNumber;
        var result = new List<CareSlotEvaluation>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
        {
            var s = slots[i];
            var status = covered[i] ? CareSlotStatus.NotApplicable
                : done[i] is not null ? CareSlotStatus.Done
                : offset >= s.ToDays ? CareSlotStatus.Missed
                : offset >= s.OverdueFromDays ? CareSlotStatus.Overdue
                : offset >= s.DueFromDays ? CareSlotStatus.Due
                : CareSlotStatus.Upcoming;
            result.Add(new CareSlotEvaluation(s.Number, s.LabelVi, s.LabelEn, status, anchor.AddDays(s.DueFromDays), anchor.AddDays(s.OverdueFromDays),
                anchor.AddDays(s.ToDays - 1), done[i]));
        }

        return result;
    }
}
