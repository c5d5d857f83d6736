namespace CoSo.Core.Immunization;

/// <summary>
/// Would a new child dose count? Asks the engine, never re-implements it: the dose is refused when the next dose of
/// its series is not applicable on that date (past the maximum age, or the series is complete), or when the engine
/// marks the dose invalid (before the earliest date, including the 28-day spacing of live vaccines).
/// </summary>
public static class DoseWindow
{
    public static DoseWindowVerdict Check(
        ImmunizationSchedule schedule,
        DateOnly birthDate,
        IReadOnlyList<GivenDose> existing,
        string vaccine,
        DateOnly date,
        ChildProgrammes programmes = ChildProgrammes.Routine | ChildProgrammes.HighRiskAreas)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(existing);
        if (!schedule.IsChildVaccine(vaccine))
        {
            // A catalogue product (its licensed ages are judged when it is evaluated), or a vaccine of the
            // pregnant-women schedule only: no window to refuse.
            return DoseWindowVerdict.Ok;
        }

        if (date < birthDate)
        {
            return new DoseWindowVerdict(false, "immunization.dose.beforeBirth", null);
        }

        var before = ScheduleEngine.Evaluate(schedule, birthDate, date, existing, programmes);
        var next = before.FirstOrDefault(e => e.Vaccine == vaccine && e.Status is not (DoseStatus.Given or DoseStatus.Invalid));
        if ((next.Vaccine is null || next.Status == DoseStatus.NotApplicable) && schedule.IsPregnantWomenVaccine(vaccine))
        {
            return DoseWindowVerdict.Ok; // Td past the child's booster age belongs to the pregnant-women schedule.
        }

        if (next.Vaccine is null)
        {
            return new DoseWindowVerdict(false, "immunization.dose.seriesComplete", null);
        }

        if (next.Status == DoseStatus.NotApplicable)
        {
            return new DoseWindowVerdict(false, "immunization.dose.notApplicable", null);
        }

        var after = ScheduleEngine.Evaluate(schedule, birthDate, date, [.. existing, new GivenDose(vaccine, next.Dose, date)], programmes);
        var invalidBefore = before.Count(e => e.Vaccine == vaccine && e.Status == DoseStatus.Invalid && e.GivenDate == date);
        var invalid = after.Where(e => e.Vaccine == vaccine && e.Status == DoseStatus.Invalid && e.GivenDate == date).ToList();
        if (invalid.Count > invalidBefore)
        {
            return new DoseWindowVerdict(false, "immunization.dose.tooEarly", invalid[^1].EarliestDate);
        }

        return DoseWindowVerdict.Ok;
    }
}
