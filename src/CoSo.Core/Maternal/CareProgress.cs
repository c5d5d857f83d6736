namespace CoSo.Core.Maternal;

/// <summary>
/// A pregnancy's (or a postnatal period's) place on its schedule in one line: contacts recorded, slots done, and the next
/// slot to act on (the first due or overdue one, else the first upcoming one).
/// </summary>
public sealed record CareProgress(
    string ScheduleCode, int ContactCount, int SlotsDone, int SlotCount, CareSlotEvaluation? Next, IReadOnlyList<CareSlotEvaluation> Slots)
{
    /// <summary>Due or overdue now: on the station's and the village's due list.</summary>
    public bool IsDue => Next?.Status is CareSlotStatus.Due or CareSlotStatus.Overdue;

    public static CareProgress From(CareSchedule schedule, IReadOnlyList<CareSlotEvaluation> slots, int contactCount)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(slots);
        var next = slots.FirstOrDefault(s => s.Status is CareSlotStatus.Due or CareSlotStatus.Overdue)
            ?? slots.FirstOrDefault(s => s.Status == CareSlotStatus.Upcoming);
        return new CareProgress(schedule.Code, contactCount, slots.Count(s => s.Status == CareSlotStatus.Done), slots.Count(s => s.Status != CareSlotStatus.NotApplicable), next, slots);
    }
}
