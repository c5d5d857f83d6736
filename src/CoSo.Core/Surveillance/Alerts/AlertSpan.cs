namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// One alert of an area × disease as <see cref="AlertEpisodes"/> sees it: its first and last signalled weeks
/// (<see cref="IsoWeek.Number"/>), how many weeks signalled, and whether it may still be continued.
/// </summary>
public sealed class AlertSpan(Guid id, int firstWeek, int lastWeek, int weeks, bool open)
{
    public Guid Id { get; } = id;

    public int FirstWeek { get; private set; } = firstWeek;

    public int LastWeek { get; private set; } = lastWeek;

    /// <summary>Signalled weeks; at most LastWeek − FirstWeek + 1 (a quiet week inside the span is not counted).</summary>
    public int Weeks { get; private set; } = weeks;

    /// <summary>False once a user has closed or discarded it: such an alert is never continued.</summary>
    public bool Open { get; } = open;

    /// <summary>Opened by this assignment (not stored yet).</summary>
    public bool IsNew { get; init; }

    internal void Add(int week)
    {
        FirstWeek = Math.Min(FirstWeek, week);
        LastWeek = Math.Max(LastWeek, week);
        Weeks++;
    }
}
