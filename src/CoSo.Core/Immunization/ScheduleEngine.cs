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

        // Given doses that count: codes of the child schedule and products of the catalogue, given on or before the
        // evaluation date, sorted by code then date so each code's doses can be consumed in order. A dose that can
        // credit more than one code (a catalogue product, or a schedule code such as MR whose antigens contain another
        // code's) becomes one entry per slot it credits (ResolveCredits).
        var pending = 0;
        var extraEntries = 0;
        foreach (var dose in given)
        {
            if (schedule.TryGetChildCode(dose.Vaccine, out var c))
            {
                if (schedule.MultiSlotCodes[c] is { } multi)
                {
                    pending++;
                    extraEntries += multi.Candidates.Length;
                }
            }
            else if (schedule.TryGetProductIndex(dose.Vaccine, out var p))
            {
                pending++;
                extraEntries += schedule.CompiledProducts[p].Candidates.Length;
            }
        }

        var capacity = given.Length + extraEntries;
        var entries = capacity <= StackLimit ? stackalloc GivenEntry[StackLimit] : new GivenEntry[capacity];
        var liveDays = given.Length <= StackLimit ? stackalloc int[StackLimit] : new int[given.Length];
        int count = 0, liveCount = 0;
        foreach (var dose in given)
        {
            if (!schedule.TryGetChildCode(dose.Vaccine, out var code))
            {
                if (VaccineCodes.IsKnown(dose.Vaccine) || schedule.TryGetProductIndex(dose.Vaccine, out _))
                {
                    continue; // Td of the pregnant-women schedule; products are resolved below.
                }

                throw new ArgumentException($"Unknown vaccine code '{dose.Vaccine}'.", nameof(given));
            }

            var day = dose.Date.DayNumber;
            if (day > asOfDay)
            {
                continue;
            }

            if (liveSpacedCodes[code])
            {
                liveDays[liveCount++] = day;
            }

            if (schedule.MultiSlotCodes[code] is null)
            {
                entries[count++] = new GivenEntry(code, day, -1, -1);
            }
        }

        if (pending > 0)
        {
            ResolveCredits(schedule, birthDate, asOfDay, given, pending, entries, ref count, liveDays, ref liveCount);
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
            var intervalEarl = int.MinValue / 2;
            if (slot.AnchorSlot >= 0 && rule.MinimumInterval is { } interval)
            {
                var anchor = slot.AnchorSlot;
                if (givenDay[anchor] > 0)
                {
                    var from = After(givenDay[anchor], interval);
                    rec = Math.Max(rec, from);
                    intervalEarl = from;
                }
                else
                {
                    // The previous dose is still missing: it can be given on its own date or today, whichever is later.
                    rec = Math.Max(rec, After(Math.Max(recommended[anchor], asOfDay), interval));
                    intervalEarl = After(Math.Max(earliest[anchor], asOfDay), interval);
                }

                earl = Math.Max(earl, intervalEarl);
            }

            var liveSpaced = liveSpacedCodes[slot.CodeIndex];
            var taken = 0;
            string? creditedBy = null;
            var position = cursor[slot.CodeIndex];
            while (position >= 0 && position < count && entries[position].Code == slot.CodeIndex)
            {
                var entry = entries[position];
                var day = entry.Day;
                position++;

                // A product's dose is judged against the product's licensed minimum age, not the EPI's age.
                var product = entry.Product >= 0 ? schedule.CompiledProducts[entry.Product] : null;
                var via = product?.Code ?? (entry.Via >= 0 && entry.Via != slot.CodeIndex ? schedule.CodeNames[entry.Via] : null);
                var baseEarl = product is null ? earl : Math.Max(product.MinimumAge.AddTo(birthDate).DayNumber, intervalEarl);
                var spaced = product is null ? liveSpaced : product.LiveSpaced;
                var earliestForDay = spaced ? Math.Max(baseEarl, LastLiveBefore(liveDays, day) + spacing) : baseEarl;
                if (day < earliestForDay)
                {
                    results.Add(Row(slot, DoseStatus.Invalid, Math.Max(rec, earliestForDay), earliestForDay, day, via));
                    continue;
                }

                taken = day;
                creditedBy = via;
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
                results.Add(Row(slot, DoseStatus.Given, rec, earl, taken, creditedBy));
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

    private static DoseEvaluation Row(ScheduleSlot slot, DoseStatus status, int rec, int earl, int given, string? creditedBy = null) =>
        new(slot.Vaccine, slot.Dose, status, DateOnly.FromDayNumber(rec), DateOnly.FromDayNumber(earl),
            given > 0 ? DateOnly.FromDayNumber(given) : null, creditedBy);

    /// <summary>
    /// Turns each dose that can credit several codes (in date order) into entries for the slots it credits: for each
    /// candidate code in schedule order, the code's next open dose, if the dose falls before that dose's maximum age
    /// and none of the code's antigens was already credited by this dose (an MR credits Measles 1 or, once that is
    /// given, MR 1 — never both). A product dose past the product's own maximum age credits nothing; one before its
    /// minimum age still makes entries (the engine shows them invalid) but does not use up a dose of the series.
    /// </summary>
    private static void ResolveCredits(
        ImmunizationSchedule schedule, DateOnly birthDate, int asOfDay, ReadOnlySpan<GivenDose> given, int pending,
        Span<GivenEntry> entries, ref int count, Span<int> liveDays, ref int liveCount)
    {
        // (day, product index or -1, the schedule code when product is -1)
        var doses = pending <= StackLimit ? stackalloc PendingDose[StackLimit] : new PendingDose[pending];
        var n = 0;
        foreach (var dose in given)
        {
            var day = dose.Date.DayNumber;
            if (day > asOfDay)
            {
                continue;
            }

            if (schedule.TryGetChildCode(dose.Vaccine, out var c))
            {
                if (schedule.MultiSlotCodes[c] is not null)
                {
                    doses[n++] = new PendingDose(day, -1, c);
                }
            }
            else if (schedule.TryGetProductIndex(dose.Vaccine, out var p))
            {
                doses[n++] = new PendingDose(day, p, -1);
            }
        }

        doses = doses[..n];
        doses.Sort();
        var direct = count;
        var codeCount = schedule.CodeDoseCounts.Length;
        Span<int> credited = codeCount <= StackLimit ? stackalloc int[codeCount] : new int[codeCount];
        credited.Clear();
        foreach (var (day, index, via) in doses)
        {
            var product = index >= 0 ? schedule.CompiledProducts[index] : schedule.MultiSlotCodes[via]!;
            if (index >= 0)
            {
                if (product.LiveSpaced)
                {
                    liveDays[liveCount++] = day;
                }

                if (product.MaximumAge is { } max && day >= max.AddTo(birthDate).DayNumber)
                {
                    continue;
                }
            }

            var valid = index < 0 || day >= product.MinimumAge.AddTo(birthDate).DayNumber;
            ulong used = 0;
            for (var k = 0; k < product.Candidates.Length; k++)
            {
                var code = product.Candidates[k];
                var mask = product.CandidateMasks[k];
                if ((mask & used) != 0)
                {
                    continue;
                }

                var before = credited[code];
                for (var e = 0; e < direct; e++)
                {
                    if (entries[e].Code == code && entries[e].Day <= day)
                    {
                        before++;
                    }
                }

                if (before >= schedule.CodeDoseCounts[code]
                    || schedule.MaximumAgeDay(code, before + 1, birthDate) is { } maxDay && day >= maxDay)
                {
                    continue;
                }

                entries[count++] = new GivenEntry(code, day, index, via);
                used |= mask;
                if (valid)
                {
                    credited[code]++;
                }
            }
        }
    }

    private readonly record struct PendingDose(int Day, int Product, int Via) : IComparable<PendingDose>
    {
        public int CompareTo(PendingDose other) =>
            Day != other.Day ? Day.CompareTo(other.Day) : Product != other.Product ? Product.CompareTo(other.Product) : Via.CompareTo(other.Via);
    }

    // Via: the schedule code a multi-slot schedule dose was recorded under (MR crediting Measles 1), else -1.
    private readonly record struct GivenEntry(int Code, int Day, int Product, int Via) : IComparable<GivenEntry>
    {
        public int CompareTo(GivenEntry other) =>
            Code != other.Code ? Code.CompareTo(other.Code) : Day != other.Day ? Day.CompareTo(other.Day) : Product.CompareTo(other.Product);
    }
}
