namespace CoSo.Core.Chronic;

/// <summary>
/// A report month M and its windows, in whole calendar months: "past 3 months" is M and the two months before it
/// (from the 1st of M−2 to the last day E of M); "past 12 months" is M and the eleven before it.
/// </summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public DateOnly End => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);

    public DateOnly Start => new(Year, Month, 1);

    public DateOnly ThreeMonthStart => Start.AddMonths(-2);

    public DateOnly TwelveMonthStart => Start.AddMonths(-11);

    public static ReportMonth Of(DateOnly date) => new(date.Year, date.Month);

    public ReportMonth Previous(int months) { var d = Start.AddMonths(-months); return new(d.Year, d.Month); }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
