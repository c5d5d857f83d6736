namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// An event in the counts of one disease in one area (commune, district or province): the signalled weeks that
/// continue one another (<see cref="AlertEpisodes"/>), from <see cref="Period"/> to <see cref="LastPeriod"/>, each with
/// its evidence in <see cref="WeeklyEvidence"/>; the figures on the alert itself are those of its first week.
/// Org-level data (no person): scoped by <see cref="OrgUnitId"/> explicitly in queries.
/// </summary>
public sealed class SurveillanceAlert
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public string DiseaseCode { get; set; } = string.Empty;

    /// <summary>"C1", "C2", "C3" or "threshold": the first method that fired (threshold, C1, C2, C3); the figures are its own.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>Every method that fired in the week, comma-separated in that order ("C1,C3"): one alert per area × disease × week.</summary>
    public string Evidence { get; set; } = string.Empty;

    /// <summary>The alert's first signalled ISO week, e.g. "2026-W14".</summary>
    public string Period { get; set; } = string.Empty;

    /// <summary>The alert's last signalled ISO week (= <see cref="Period"/> for a one-week alert).</summary>
    public string LastPeriod { get; set; } = string.Empty;

    /// <summary>How many weeks signalled from <see cref="Period"/> to <see cref="LastPeriod"/>.</summary>
    public int WeekCount { get; set; } = 1;

    public DateOnly EvaluatedOn { get; set; }

    public int Count { get; set; }

    public double? Mean { get; set; }

    public double? StandardDeviation { get; set; }

    public double? UpperBound { get; set; }

    public double? Statistic { get; set; }

    public AlertStatus Status { get; set; } = AlertStatus.New;

    public string? ResponseActions { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>One row per signalled week, oldest first when read for display.</summary>
    public List<SurveillanceAlertWeek> WeeklyEvidence { get; set; } = [];
}
