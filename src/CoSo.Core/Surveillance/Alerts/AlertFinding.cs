namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// What detection found for one series in one week, before it is stored as an alert: one finding per area × disease ×
/// week. <see cref="Method"/> and the figures are those of the first method that fired in the order threshold, C1, C2,
/// C3; <see cref="Methods"/> lists every method that fired, as the alert's evidence.
/// </summary>
public sealed record AlertFinding(string Method, int Count, double? Mean, double? StandardDeviation, double? UpperBound, double? Statistic)
{
    public IReadOnlyList<string> Methods { get; init; } = [Method];
}
