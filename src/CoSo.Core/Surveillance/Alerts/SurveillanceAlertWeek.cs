namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// One signalled week of an alert, with its evidence: the methods that fired and the figures of the first of them.
/// Its key (area, disease, week) keeps at most one alert per area × disease × week, and makes the daily run idempotent.
/// </summary>
public sealed class SurveillanceAlertWeek
{
    public Guid OrgUnitId { get; set; }

    public string DiseaseCode { get; set; } = string.Empty;

    /// <summary>The ISO week, e.g. "2026-W14".</summary>
    public string Period { get; set; } = string.Empty;

    public Guid AlertId { get; set; }

    public DateOnly EvaluatedOn { get; set; }

    /// <summary>The first method that fired in the order threshold, C1, C2, C3; the figures are its own.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>Every method that fired in the week, comma-separated in that order ("C1,C3").</summary>
    public string Evidence { get; set; } = string.Empty;

    public int Count { get; set; }

    public double? Mean { get; set; }

    public double? StandardDeviation { get; set; }

    public double? UpperBound { get; set; }

    public double? Statistic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
