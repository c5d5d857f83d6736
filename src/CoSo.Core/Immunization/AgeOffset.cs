namespace CoSo.Core.Immunization;

/// <summary>
/// A calendar offset such as "2 months" or "28 days". Months and years are calendar months
/// ("N months of age" is the same day N months after birth, clamped to the month's end);
/// weeks and days are exact. The schedule data writes "1 month interval" as 28 days.
/// </summary>
public readonly record struct AgeOffset(int Years, int Months, int Weeks, int Days)
{
    public DateOnly AddTo(DateOnly date)
    {
        var months = (Years * 12) + Months;
        var shifted = months == 0 ? date : date.AddMonths(months);
        var days = (Weeks * 7) + Days;
        return days == 0 ? shifted : shifted.AddDays(days);
    }

    public override string ToString() => $"{Years}y{Months}m{Weeks}w{Days}d";
}
