using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>
/// What a detection run found: the alerts (events, not stored; each with its signalled weeks in
/// <see cref="SurveillanceAlert.WeeklyEvidence"/>), how many count rows and series it judged, and how long loading
/// the counts took. <see cref="AlertWeeks"/>: signalled area × disease × weeks, i.e. what one alert per week would have stored.
/// </summary>
public sealed record AlertDetection(IReadOnlyList<SurveillanceAlert> Alerts, int CountRows, int Series, TimeSpan Loaded)
{
    public int AlertWeeks { get; init; }
}
