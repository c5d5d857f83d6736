namespace CoSo.Core.Workforce;

/// <summary>
/// The rolling window of CME ending on a date, both ends inclusive: for 2026-11-22 and 5 years it is
/// 2021-11-23..2026-11-22 (the end date minus 5 calendar years, plus one day). A window ending on 29 February
/// starts on 1 March (2028-02-29 → 2023-03-01), because 2023-02-29 does not exist and AddYears clamps to 28 February.
/// </summary>
public sealed record CmeWindow(DateOnly Start, DateOnly End)
{
    public static CmeWindow EndingOn(DateOnly end, int years) => new(end.AddYears(-years).AddDays(1), end);

    public bool Contains(DateOnly date) => Start <= date && date <= End;
}
