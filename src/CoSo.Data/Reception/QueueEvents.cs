namespace CoSo.Data.Reception;

/// <summary>
/// Tells every open screen of a station that its queue changed (a new arrival, a call, a finished visit), so the
/// queue is live without polling. The event is raised in-process at once; with several web nodes on one PostgreSQL
/// database (ADR 0015) each change is also handed to <see cref="Published"/>, which the PostgreSQL relay
/// (<c>CoSo.Web/Infrastructure/PostgresQueueRelay</c>) sends as a NOTIFY; a relay that hears another node's
/// notification raises the local event through <see cref="ChangedElsewhere"/>. On SQLite (one node) nothing listens to
/// <see cref="Published"/>.
/// </summary>
public sealed class QueueEvents
{
    /// <summary>A change on this node or relayed from another: the pages subscribe to this.</summary>
    public event Action<Guid>? StationChanged;

    /// <summary>A change made on this node, for the cross-node relay.</summary>
    public event Action<Guid>? Published;

    public void Changed(Guid stationId)
    {
        StationChanged?.Invoke(stationId);
        Published?.Invoke(stationId);
    }

    /// <summary>A change another node made (heard through the relay): raised locally, not published again.</summary>
    public void ChangedElsewhere(Guid stationId) => StationChanged?.Invoke(stationId);
}
