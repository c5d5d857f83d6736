namespace CoSo.Core.Bhyt;

/// <summary>A billed service or supply at the price of the list in force on the visit's date.</summary>
public sealed record ClaimServiceLine(ServicePrice Price, decimal Quantity, int ServiceRate, DateTime OrderedAt, DateTime? PerformedAt, DateTime? ResultAt, string? PerformedBy);
