namespace CoSo.Core.Immunization;

/// <summary>
/// Cohort coverage for a period [from, to] (a month, or 1 January to a month's end for year-to-date): the
/// denominator is the register's children whose reference date (birth, first or second birthday) falls in the
/// period; the numerator those of them with every component dose valid before the deadline.
/// </summary>
public static class CoverageCalculator
{
    public static IReadOnlyList<CoverageCount> Compute(
        IReadOnlyCollection<CoverageChild> children, CoverageDefinitions definitions, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(children);
        ArgumentNullException.ThrowIfNull(definitions);
        var results = CoverageDefinitions.SingleDoseIndicators
            .Select(i => Count(i.Code, children, i.Cohort, from, to, c => i.Timing is { } timing
                ? HasBirthDose(c, i.Components[0], timing)
                : HasAll(c, i.Components, Deadline(c, i))))
            .ToList();
        results.Add(Count(CoverageDefinitions.FullyImmunized, children, CoverageCohort.FirstBirthdayInPeriod, from, to, c =>
        {
            var firstBirthday = c.BirthDate.AddYears(1);
            return HasAll(c, definitions.FullyImmunizedComponents(firstBirthday), firstBirthday);
        }));
        return results;
    }

    /// <summary>Dropout DTP-HepB-Hib 1→3 in percent = (DTP1 − DTP3) / DTP1 over the same cohort; null without DTP1.</summary>
    public static decimal? Dropout(int dtp1, int dtp3) => dtp1 == 0 ? null : Math.Round((dtp1 - dtp3) * 100m / dtp1, 1);

    /// <summary>The reference date that places a child in a cohort.</summary>
    public static DateOnly ReferenceDate(DateOnly birth, CoverageCohort cohort) => cohort switch
    {
        CoverageCohort.FirstBirthdayInPeriod => birth.AddYears(1),
        CoverageCohort.SecondBirthdayInPeriod => birth.AddYears(2),
        _ => birth,
    };

    private static CoverageCount Count(string code, IReadOnlyCollection<CoverageChild> children, CoverageCohort cohort, DateOnly from, DateOnly to, Func<CoverageChild, bool> counted)
    {
        var members = new List<CoverageMember>();
        foreach (var child in children)
        {
            var reference = ReferenceDate(child.BirthDate, cohort);
            if (reference >= from && reference <= to)
            {
                members.Add(new CoverageMember(child.PersonId, counted(child)));
            }
        }

        return new CoverageCount(code, members.Count(m => m.Counted), members.Count, members);
    }

    /// <summary>
    /// How long after birth a dose was given (docs/indicators.md, hepb-birth-24h): with both local times known, the
    /// hours between them (≤ 24 h within, more after; a dose timed before the birth is inconsistent, so unknown);
    /// with a time missing, a dose on the birth day is certainly within 24 h, one two or more days later certainly
    /// after, and one on the next day cannot be told.
    /// </summary>
    public static BirthDoseTiming BirthDoseTimingOf(DateOnly birthDate, TimeOnly? birthTime, DateOnly doseDate, TimeOnly? doseTime)
    {
        if (birthTime is { } bt && doseTime is { } dt)
        {
            var hours = doseDate.ToDateTime(dt) - birthDate.ToDateTime(bt);
            return hours < TimeSpan.Zero ? BirthDoseTiming.Unknown
                : hours <= TimeSpan.FromHours(24) ? BirthDoseTiming.Within24Hours : BirthDoseTiming.After24Hours;
        }

        var days = doseDate.DayNumber - birthDate.DayNumber;
        return days <= 0 ? BirthDoseTiming.Within24Hours : days == 1 ? BirthDoseTiming.Unknown : BirthDoseTiming.After24Hours;
    }

    // Exclusive: a dose on the first birthday is not "before 12 months".
    private static DateOnly Deadline(CoverageChild c, CoverageIndicator i) =>
        ReferenceDate(c.BirthDate, i.Cohort) is var r && r == c.BirthDate ? DateOnly.MaxValue : r;

    // The birth dose valid (the engine's maximum age applies) and given in the indicator's time after birth.
    private static bool HasBirthDose(CoverageChild c, VaccineDose component, BirthDoseTiming timing)
    {
        foreach (var d in c.ValidDoses)
        {
            if (d.Vaccine == component.Vaccine && d.Dose == component.Dose)
            {
                TimeOnly? doseTime = c.DoseTimes is { } times && times.TryGetValue(component, out var t) ? t : null;
                return BirthDoseTimingOf(c.BirthDate, c.BirthTime, d.Date, doseTime) == timing;
            }
        }

        return false;
    }

    private static bool HasAll(CoverageChild c, IReadOnlyList<VaccineDose> components, DateOnly deadline) =>
        components.All(k => c.ValidDoses.Any(d => d.Vaccine == k.Vaccine && d.Dose == k.Dose && d.Date < deadline));
}
