namespace CoSo.Core.Workforce;

/// <summary>A worker's CME standing on a date.</summary>
/// <param name="DropsBelowOn">For a worker who meets the requirement: the first later date on which, without new courses,
/// the window total would fall below it (null when it never would, or when already short).</param>
public sealed record CmeStatus(CmeWindow Window, decimal Hours, decimal Required, DateOnly? DropsBelowOn)
{
    public bool IsShort => Hours < Required;

    public decimal Shortfall => Math.Max(0, Required - Hours);
}
