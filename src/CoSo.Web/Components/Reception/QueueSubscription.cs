using CoSo.Data.Reception;

namespace CoSo.Web.Components.Reception;

/// <summary>
/// A page's subscription to its station's queue: when another screen receives, calls or finishes a patient, the
/// page's own reload runs on its renderer (<paramref name="invoke"/> is the component's InvokeAsync) and it re-renders.
/// </summary>
public sealed class QueueSubscription(QueueEvents events, Guid stationId, Func<Task> reload, Func<Func<Task>, Task> invoke) : IDisposable
{
    private bool _started;

    public void Start()
    {
        if (!_started)
        {
            events.StationChanged += OnChanged;
            _started = true;
        }
    }

    public void Dispose() => events.StationChanged -= OnChanged;

    private void OnChanged(Guid changed)
    {
        if (changed == stationId)
        {
            _ = invoke(reload);
        }
    }
}
