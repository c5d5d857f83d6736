namespace CoSo.Data.Reception;

/// <summary>
/// Tells every open screen of a station that its queue changed (a new arrival, a call, a finished visit), so the
/// queue is live without polling. In-process: one web node. Several nodes would relay it through PostgreSQL
/// LISTEN/NOTIFY (the deployment issue).
/// </summary>
public sealed class QueueEvents
{
    public event Action<Guid>? StationChanged;

    public void Changed(Guid stationId) => StationChanged?.Invoke(stationId);
}
