namespace CoSo.Core.Workforce;

/// <summary>
/// CME arithmetic. A course's hours count in every window that contains its last day (no pro-rating of courses
/// that straddle the window's start). Credits dated after the evaluation date are ignored.
/// </summary>
public static class Cme
{
    public static CmeStatus StatusOn(IEnumerable<CmeCredit> credits, DateOnly date, CmeRequirement requirement)
    {
        var window = CmeWindow.EndingOn(date, requirement.Years);
        var inWindow = credits.Where(c => window.Contains(c.CreditedOn)).OrderBy(c => c.CreditedOn).ToList();
        var total = inWindow.Sum(c => c.Hours);
        DateOnly? drops = null;
        if (total >= requirement.Hours)
        {
            // Credits leave the window oldest first; a credit dated c is last counted in the window ending c + years − 1 day.
            var remaining = total;
            foreach (var group in inWindow.GroupBy(c => c.CreditedOn))
            {
                remaining -= group.Sum(c => c.Hours);
                if (remaining < requirement.Hours)
                {
                    drops = FirstDayWithout(group.Key, requirement.Years);
                    break;
                }
            }
        }

        return new CmeStatus(window, total, requirement.Hours, drops);
    }

    /// <summary>The first window end whose window no longer contains the given day.</summary>
    public static DateOnly FirstDayWithout(DateOnly credited, int years)
    {
        var d = credited.AddYears(years).AddDays(-1);
        while (CmeWindow.EndingOn(d, years).Start <= credited)
        {
            d = d.AddDays(1);
        }

        return d;
    }
}
