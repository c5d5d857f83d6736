using CoSo.Data.Reception;

namespace CoSo.Web.Components.Reception;

/// <summary>
/// A page's subscription to its station's queue: when another screen receives, calls or finishes a patient,
/// <paramref name="changed"/> runs (the page's <c>RefreshInBackground</c>, which reloads on its renderer, re-renders and
/// logs a failure instead of ending the circuit).
/// </summary>
public sealed class QueueSubscription(QueueEvents events, Guid stationId, Action changed) : IDisposable
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

    private void OnChanged(Guid changedStation)
    {
        if (changedStation == stationId)
        {
            changed();
        }
    }
}
