namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// One alert per event: a signalled week of an area × disease joins the open alert whose span it continues instead of
/// opening a new one (ADR 0008). A week w continues an open alert when w lies within
/// [first − N, last + N] of its span, N = <see cref="NotifiableDisease.AlertContinueWeeks"/> (default
/// <see cref="DefaultContinueWeeks"/>): with N = 2, a signal after one quiet week continues the alert, a signal after
/// two quiet weeks (14 days without a signal) opens a new one. A closed or discarded alert is never continued: the
/// user judged that event over (or not an event), so a signal after it, even the next week, opens a new alert.
/// </summary>
public static class AlertEpisodes
{
    /// <summary>
    /// Two weeks: the 14 days after which CoSo treats an area × disease as quiet again. CoSo's choice, in the spirit of
    /// a dengue focus that the Ministry of Health's guidance treats as over 14 days after the last case's onset (not
    /// verified against the text, see ADR 0008); per disease in the catalogue.
    /// </summary>
    public const int DefaultContinueWeeks = 2;

    public static bool IsOpen(AlertStatus status) => status is not (AlertStatus.Closed or AlertStatus.Discarded);

    /// <summary>
    /// Assigns each signalled week to the alert it continues, or to a new alert added to <paramref name="alerts"/>.
    /// Weeks are taken in ascending order; when two open alerts could take a week (it lies between them), the one
    /// before it does. Alerts are never merged with each other.
    /// </summary>
    /// <param name="alerts">The area × disease's alerts near the weeks, stored ones first; new ones are appended.</param>
    /// <param name="weeks">Signalled weeks (<see cref="IsoWeek.Number"/>) that belong to no alert yet, ascending.</param>
    /// <returns>For each week, in the same order, the alert it now belongs to.</returns>
    public static AlertSpan[] Assign(List<AlertSpan> alerts, ReadOnlySpan<int> weeks, int continueWeeks, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(newId);
        ArgumentOutOfRangeException.ThrowIfNegative(continueWeeks);
        var assigned = new AlertSpan[weeks.Length];
        for (var i = 0; i < weeks.Length; i++)
        {
            var w = weeks[i];
            if (i > 0 && w <= weeks[i - 1])
            {
                throw new ArgumentException("The weeks must be distinct and ascending.", nameof(weeks));
            }

            AlertSpan? inside = null;
            AlertSpan? before = null;
            AlertSpan? after = null;
            foreach (var a in alerts)
            {
                if (!a.Open)
                {
                    continue;
                }

                if (a.FirstWeek <= w && w <= a.LastWeek)
                {
                    inside ??= a;
                }
                else if (a.LastWeek < w && w - a.LastWeek <= continueWeeks && (before is null || a.LastWeek > before.LastWeek))
                {
                    before = a;
                }
                else if (w < a.FirstWeek && a.FirstWeek - w <= continueWeeks && (after is null || a.FirstWeek < after.FirstWeek))
                {
                    after = a;
                }
            }

            var alert = inside ?? before ?? after;
            if (alert is null)
            {
                alert = new AlertSpan(newId(), w, w, 0, open: true) { IsNew = true };
                alerts.Add(alert);
            }

            alert.Add(w);
            assigned[i] = alert;
        }

        return assigned;
    }
}
