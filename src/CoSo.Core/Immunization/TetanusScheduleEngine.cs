namespace CoSo.Core.Immunization;

/// <summary>
/// Td for pregnant women (TT 38): dose 1 as early as possible in pregnancy; dose 2 at least 1 month after
/// dose 1; dose 3 at least 6 months after dose 2; doses 4 and 5 at least 1 year after the previous one
/// ("or at the next pregnancy"). A dose whose interval ran out before this pregnancy is recommended at the
/// first contact of this pregnancy; earlier doses, from any pregnancy, count. Intervals and statuses follow
/// <see cref="ScheduleEngine"/>.
/// </summary>
public static class TetanusScheduleEngine
{
    public static IReadOnlyList<DoseEvaluation> EvaluatePregnancy(
        ImmunizationSchedule schedule,
        DateOnly pregnancyFirstContact,
        DateOnly asOf,
        IEnumerable<DateOnly> tdGiven)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var rules = schedule.Rules
            .Where(r => r.Programme == ImmunizationProgramme.PregnantWomen
                && string.Equals(r.Vaccine, VaccineCodes.Td, StringComparison.Ordinal)
                && (r.EffectiveFrom <= pregnancyFirstContact || r.EffectiveFrom == schedule.BaselineDate)
                && (r.EffectiveTo is null || pregnancyFirstContact < r.EffectiveTo))
            .GroupBy(r => r.Dose)
            .Select(g => g.MaxBy(r => r.EffectiveFrom)!)
            .OrderBy(r => r.Dose)
            .ToList();
        var given = tdGiven.Where(d => d <= asOf).Order().ToList();

        var results = new List<DoseEvaluation>(rules.Count + 1);
        var next = 0;
        DateOnly? previousGiven = null;
        DateOnly previousPending = pregnancyFirstContact;
        var previousMissing = false;
        foreach (var rule in rules)
        {
            DateOnly? earliest = null;
            if (rule.Dose > 1 && rule.MinimumInterval is { } interval)
            {
                earliest = previousMissing
                    ? interval.AddTo(Later(previousPending, asOf))
                    : interval.AddTo(previousGiven!.Value);
            }

            var taken = false;
            while (next < given.Count)
            {
                var day = given[next++];
                if (earliest is { } e && day < e)
                {
                    results.Add(new DoseEvaluation(rule.Vaccine, rule.Dose, DoseStatus.Invalid, Later(e, pregnancyFirstContact), e, day));
                    continue;
                }

                results.Add(new DoseEvaluation(rule.Vaccine, rule.Dose, DoseStatus.Given, null, earliest, day));
                previousGiven = day;
                taken = true;
                break;
            }

            if (taken)
            {
                continue;
            }

            var recommended = earliest is { } from ? Later(from, pregnancyFirstContact) : pregnancyFirstContact;
            var late = asOf.DayNumber - recommended.DayNumber;
            var status = late < 0 ? DoseStatus.Upcoming
                : late < ScheduleEngine.OverdueAfterDays ? DoseStatus.Due
                : DoseStatus.Overdue;
            results.Add(new DoseEvaluation(rule.Vaccine, rule.Dose, status, recommended, earliest ?? pregnancyFirstContact, null));
            previousMissing = true;
            previousPending = earliest ?? pregnancyFirstContact;
        }

        return results;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
