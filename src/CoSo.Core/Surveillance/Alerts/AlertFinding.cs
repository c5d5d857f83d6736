namespace CoSo.Core.Surveillance.Alerts;

/// <summary>What a detector found for one series in the evaluated period, before it is stored as an alert.</summary>
public sealed record AlertFinding(string Method, int Count, double? Mean, double? StandardDeviation, double? UpperBound, double? Statistic);
