namespace CoSo.Core.Chronic;

/// <summary>
/// One month's HEARTS/Simple figures for one programme and one station (or a roll-up). Controlled, Uncontrolled,
/// VisitNoMeasure and MissedVisit split the same denominator (patients under care registered before the 3-month window).
/// </summary>
public sealed record HeartsMonth
{
    public ReportMonth Month { get; init; }

    /// <summary>Registered on or before E, alive and still at the station at E; numerator = new in M.</summary>
    public required Indicator NewRegistrations { get; init; }

    /// <summary>Numerator = registered on or before E, alive and at the station at E (denominator the same).</summary>
    public required Indicator CumulativeRegistered { get; init; }

    /// <summary>Cumulative registered with a contact in the past 12 months.</summary>
    public required Indicator UnderCare { get; init; }

    /// <summary>Registered before the 3-month window, alive and at the station, with no contact in 12 months.</summary>
    public required Indicator LostToFollowUp { get; init; }

    public required Indicator Controlled { get; init; }

    /// <summary>
    /// The second control rate (WHO HEARTS): controlled over all patients registered before the 3-month window,
    /// alive and at the station — the lost to follow-up stay in the denominator as not controlled.
    /// </summary>
    public required Indicator ControlledOfRegistered { get; init; }

    public required Indicator Uncontrolled { get; init; }

    /// <summary>A contact in the past 3 months, but none of them recorded the measure (BP, or glucose/HbA1c).</summary>
    public required Indicator VisitNoMeasure { get; init; }

    public required Indicator MissedVisit { get; init; }

    public static HeartsMonth Sum(IReadOnlyList<HeartsMonth> parts, ReportMonth month) => new()
    {
        Month = month,
        NewRegistrations = Indicator.Sum(parts.Select(p => p.NewRegistrations)),
        CumulativeRegistered = Indicator.Sum(parts.Select(p => p.CumulativeRegistered)),
        UnderCare = Indicator.Sum(parts.Select(p => p.UnderCare)),
        LostToFollowUp = Indicator.Sum(parts.Select(p => p.LostToFollowUp)),
        Controlled = Indicator.Sum(parts.Select(p => p.Controlled)),
        ControlledOfRegistered = Indicator.Sum(parts.Select(p => p.ControlledOfRegistered)),
        Uncontrolled = Indicator.Sum(parts.Select(p => p.Uncontrolled)),
        VisitNoMeasure = Indicator.Sum(parts.Select(p => p.VisitNoMeasure)),
        MissedVisit = Indicator.Sum(parts.Select(p => p.MissedVisit)),
    };
}
