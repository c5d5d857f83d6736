using System.Runtime.InteropServices;

namespace CoSo.Core.Immunization;

/// <summary>
/// Evaluates a child's doses against the schedule on a given date. Rules (docs/immunization-schedule.md):
/// <list type="bullet">
/// <item>recommended = later of (birth + recommended age, previous valid dose + minimum interval);
/// earliest = later of (birth + minimum age, previous valid dose + minimum interval). While the previous dose
/// is still missing it is assumed to be given on the later of its own date and the evaluation date, so a
/// delayed series moves forward and is never restarted.</item>
/// <item>a dose given before its earliest date is invalid and the dose is still needed; given doses of a
/// code are assigned to doses in date order.</item>
/// <item>injected live vaccines not given on the same day are at least 28 days apart.</item>
/// <item>a dose belongs to the child's schedule if the version in force on the day it falls due by age
/// (birth + recommended age) contains it, and the previous dose of its series does too.</item>
/// </list>
/// </summary>
public static class ScheduleEngine
{
    /// <summary>A dose not given this many days after its recommended date is overdue (before that: due).</summary>
    public const int OverdueAfterDays = 28;

    private const int StackLimit = 64;

    public static IReadOnlyList<DoseEvaluation> Evaluate(
        ImmunizationSchedule schedule,
        DateOnly birthDate,
        DateOnly asOf,
        IEnumerable<GivenDose> given,
        ChildProgrammes programmes)
    {
        ReadOnlySpan<GivenDose> doses = given switch
        {
            GivenDose[] array => array,
            List<GivenDose> list => CollectionsMarshal.AsSpan(list),
            _ => given.ToArray(),
        };
        return Evaluate(schedule, birthDate, asOf, doses, programmes);
    }

    public static IReadOnlyList<DoseEvaluation> Evaluate(
        ImmunizationSchedule schedule,
        DateOnly birthDate,
        DateOnly asOf,
        ReadOnlySpan<GivenDose> given,
        ChildProgrammes programmes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var slots = schedule.Slots;
        var liveSpacedCodes = schedule.LiveSpacedCodes;
        var spacing = schedule.LiveSpacingDays;
        var asOfDay = asOf.DayNumber;

        // Given doses that count: codes of the child schedule, given on or before the evaluation date,
        // sorted by code then date so each code's doses can be consumed in order.
        var entries = given.Length <= StackLimit ? stackalloc GivenEntry[StackLimit] : new GivenEntry[given.Length];
        var liveDays = given.Length <= StackLimit ? stackalloc int[StackLimit] : new int[given.Length];
        int count = 0, liveCount = 0;
        foreach (var dose in given)
        {
            if (!schedule.TryGetChildCode(dose.Vaccine, out var code))
            {
                if (VaccineCodes.IsKnown(dose.Vaccine))
                {
                    continue; // Td belongs to the pregnant-women schedule.
                }

                throw new ArgumentException($"Unknown vaccine code '{dose.Vaccine}'.", nameof(given));
            }

            var day = dose.Date.DayNumber;
            if (day > asOfDay)
            {
                continue;
            }

            entries[count++] = new GivenEntry(code, day);
            if (liveSpacedCodes[code])
            {
                liveDays[liveCount++] = day;
            }
        }

        entries = entries[..count];
        entries.Sort();
        liveDays = liveDays[..liveCount];
        liveDays.Sort();

        var codeCount = liveSpacedCodes.Length;
        Span<int> cursor = codeCount <= StackLimit ? stackalloc int[codeCount] : new int[codeCount];
        cursor.Fill(-1);
        for (var i = count - 1; i >= 0; i--)
        {
            cursor[entries[i].Code] = i;
        }

        var slotCount = slots.Length;
        Span<int> recommended = slotCount <= StackLimit ? stackalloc int[slotCount] : new int[slotCount];
        Span<int> earliest = slotCount <= StackLimit ? stackalloc int[slotCount] : new int[slotCount];
        Span<int> givenDay = slotCount <= StackLimit ? stackalloc int[slotCount] : new int[slotCount];
        Span<bool> inSchedule = slotCount <= StackLimit ? stackalloc bool[slotCount] : new bool[slotCount];

        var results = new List<DoseEvaluation>(slotCount + 2);
        for (var s = 0; s < slotCount; s++)
        {
            var slot = slots[s];
            var rule = SelectVersion(schedule, slot, birthDate, out var inForce);
            inForce &= slot.PreviousInCode < 0 || inSchedule[slot.PreviousInCode];
            inSchedule[s] = inForce;
            var inProgramme = (programmes & ToFlag(rule.Programme)) != 0;

            var rec = rule.RecommendedAge!.Value.AddTo(birthDate).DayNumber;
            var earl = rule.MinimumAge!.Value.AddTo(birthDate).DayNumber;
            if (slot.AnchorSlot >= 0 && rule.MinimumInterval is { } interval)
            {
                var anchor = slot.AnchorSlot;
                if (givenDay[anchor] > 0)
                {
                    var from = After(givenDay[anchor], interval);
                    rec = Math.Max(rec, from);
                    earl = Math.Max(earl, from);
                }
                else
                {
                    // The previous dose is still missing: it can be given on its own date or today, whichever is later.
                    rec = Math.Max(rec, After(Math.Max(recommended[anchor], asOfDay), interval));
                    earl = Math.Max(earl, After(Math.Max(earliest[anchor], asOfDay), interval));
                }
            }

            var liveSpaced = liveSpacedCodes[slot.CodeIndex];
            var taken = 0;
            var position = cursor[slot.CodeIndex];
            while (position >= 0 && position < count && entries[position].Code == slot.CodeIndex)
            {
                var day = entries[position].Day;
                position++;
                var earliestForDay = liveSpaced ? Math.Max(earl, LastLiveBefore(liveDays, day) + spacing) : earl;
                if (day < earliestForDay)
                {
                    results.Add(Row(slot, DoseStatus.Invalid, Math.Max(rec, earliestForDay), earliestForDay, day));
                    continue;
                }

                taken = day;
                earl = earliestForDay;
                rec = Math.Max(rec, earl);
                break;
            }

            cursor[slot.CodeIndex] = position;
            if (taken > 0)
            {
                givenDay[s] = taken;
                recommended[s] = rec;
                earliest[s] = earl;
                results.Add(Row(slot, DoseStatus.Given, rec, earl, taken));
                continue;
            }

            if (liveSpaced && liveCount > 0)
            {
                // A live dose given on another day pushes the next live injection 28 days on.
                earl = Math.Max(earl, liveDays[liveCount - 1] + spacing);
            }

            rec = Math.Max(rec, earl);
            recommended[s] = rec;
            earliest[s] = earl;
            if (!inForce || !inProgramme)
            {
                results.Add(new DoseEvaluation(slot.Vaccine, slot.Dose, DoseStatus.NotApplicable, null, null, null));
                continue;
            }

            var maxDay = rule.MaximumAge is { } max ? max.AddTo(birthDate).DayNumber : int.MaxValue;
            DoseStatus status;
            if (asOfDay >= maxDay || earl >= maxDay)
            {
                status = DoseStatus.NotApplicable;
            }
            else
            {
                var late = asOfDay - rec;
                status = late < 0 ? DoseStatus.Upcoming : late < OverdueAfterDays ? DoseStatus.Due : DoseStatus.Overdue;
            }

            results.Add(Row(slot, status, rec, earl, 0));
        }

        return results;
    }

    private static ScheduleRule SelectVersion(ImmunizationSchedule schedule, ScheduleSlot slot, DateOnly birthDate, out bool inForce)
    {
        var versions = slot.Versions;
        foreach (var rule in versions)
        {
            var dueByAge = rule.RecommendedAge!.Value.AddTo(birthDate);
            var started = dueByAge >= rule.EffectiveFrom || rule.EffectiveFrom == schedule.BaselineDate;
            var ended = rule.EffectiveTo is { } to && dueByAge >= to;
            if (started && !ended)
            {
                inForce = true;
                return rule;
            }
        }

        inForce = false;
        return versions[0];
    }

    private static int LastLiveBefore(ReadOnlySpan<int> liveDays, int day)
    {
        // Same-day live doses are fine; int.MinValue / 2 keeps "+ spacing" from overflowing.
        var last = int.MinValue / 2;
        foreach (var live in liveDays)
        {
            if (live >= day)
            {
                break;
            }

            last = live;
        }

        return last;
    }

    private static int After(int dayNumber, AgeOffset interval) =>
        interval.AddTo(DateOnly.FromDayNumber(dayNumber)).DayNumber;

    private static ChildProgrammes ToFlag(ImmunizationProgramme programme) => programme switch
    {
        ImmunizationProgramme.Routine => ChildProgrammes.Routine,
        ImmunizationProgramme.HighRiskAreas => ChildProgrammes.HighRiskAreas,
        _ => ChildProgrammes.None,
    };

    private static DoseEvaluation Row(ScheduleSlot slot, DoseStatus status, int rec, int earl, int given) =>
        new(slot.Vaccine, slot.Dose, status, DateOnly.FromDayNumber(rec), DateOnly.FromDayNumber(earl),
            given > 0 ? DateOnly.FromDayNumber(given) : null);

    private readonly record struct GivenEntry(int Code, int Day) : IComparable<GivenEntry>
    {
        public int CompareTo(GivenEntry other) => Code != other.Code ? Code.CompareTo(other.Code) : Day.CompareTo(other.Day);
    }
}
