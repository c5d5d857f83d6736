namespace CoSo.Core.Workforce;

/// <summary>Hours credited on a date (a course's last day).</summary>
public sealed record CmeCredit(DateOnly CreditedOn, decimal Hours);
