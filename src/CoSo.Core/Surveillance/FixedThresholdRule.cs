namespace CoSo.Core.Surveillance;

/// <summary>
/// An alert on raw case counts, independent of any baseline: at least <see cref="MinCases"/> cases in
/// one commune whose dates fall within the <see cref="WindowDays"/> days ending on the day checked.
/// A rule of 1 case is "every case is an alert" (group A diseases).
/// </summary>
public sealed record FixedThresholdRule
{
    public FixedThresholdRule(int minCases, int windowDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCases, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        MinCases = minCases;
        WindowDays = windowDays;
    }

    public int MinCases { get; }

    public int WindowDays { get; }

    /// <summary>True when enough case dates fall in [asOf − WindowDays + 1, asOf].</summary>
    public bool IsMet(IEnumerable<DateOnly> caseDates, DateOnly asOf)
    {
        var from = asOf.AddDays(1 - WindowDays);
        var n = 0;
        foreach (var date in caseDates)
        {
            if (date >= from && date <= asOf && ++n >= MinCases)
            {
                return true;
            }
        }

        return false;
    }
}
