namespace CoSo.Core.Chronic;

/// <summary>
/// One registration quarter's cohort and its outcome in the following quarter (see <see cref="HeartsIndicators.Cohort"/>).
/// Every figure's denominator is the cohort; Controlled + Uncontrolled + VisitNoMeasure + MissedVisit + DiedOrLeft = Registered.
/// </summary>
public sealed record CohortOutcome(string Quarter, Indicator Registered, Indicator Controlled, Indicator Uncontrolled, Indicator VisitNoMeasure, Indicator MissedVisit, Indicator DiedOrLeft)
{
    public static CohortOutcome Sum(string quarter, IReadOnlyList<CohortOutcome> parts) => new(quarter,
        Indicator.Sum(parts.Select(p => p.Registered)), Indicator.Sum(parts.Select(p => p.Controlled)), Indicator.Sum(parts.Select(p => p.Uncontrolled)),
        Indicator.Sum(parts.Select(p => p.VisitNoMeasure)), Indicator.Sum(parts.Select(p => p.MissedVisit)), Indicator.Sum(parts.Select(p => p.DiedOrLeft)));
}
