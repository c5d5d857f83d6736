namespace CoSo.Web.Components.Shared;

/// <summary>
/// The one way a Blazor component reaches the database (ADR 0021). A circuit lives for hours, so nothing that holds a
/// <c>DbContext</c> may live with it: every operation gets a DI scope of its own — a fresh <c>CoSoDbContext</c> and
/// fresh Data services — whose actor is filled from the circuit's authentication state (revalidated every
/// <c>SessionCheckInterval</c>), and the scope ends with the operation.
/// <para>
/// A component's operations run one at a time, in the order they were started (so results and writes land in order).
/// <see cref="RunLatestAsync{T}"/> is for reads that a newer one makes stale (a search box, a filter): starting one
/// cancels the previous one, which then ends with <see cref="OperationCanceledException"/> and never returns its
/// result. <see cref="Dispose"/> (the component leaving the page) cancels whatever is running or waiting. Blazor
/// ignores a cancelled task in lifecycle methods and event handlers, so callers need not catch the cancellation.
/// </para>
/// <para>
/// The work must not start another operation of the same component (it would wait for itself): that throws.
/// </para>
/// </summary>
public sealed class ComponentData(IServiceScopeFactory scopes, CircuitActorInitializer actor, ILogger logger) : IDisposable
{
    private static readonly AsyncLocal<ComponentData?> Current = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private CancellationTokenSource? _latest;

    /// <summary>Cancelled when the component is disposed.</summary>
    public CancellationToken Lifetime => _lifetime.Token;

    /// <summary>One operation in a scope of its own, after the component's earlier operations.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        RunCoreAsync(work, null, ct);

    public Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct = default) =>
        RunCoreAsync(async (sp, c) =>
        {
            await work(sp, c);
            return true;
        }, null, ct);

    /// <summary>
    /// As <see cref="RunAsync{T}"/>, and cancels the previous <c>RunLatestAsync</c> of this component if it is still
    /// waiting or running: only the newest one returns.
    /// </summary>
    public Task<T> RunLatestAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        var mine = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        Cancel(Interlocked.Exchange(ref _latest, mine));
        return RunCoreAsync(work, mine, ct);
    }

    /// <summary>Cancels the running or waiting <c>RunLatestAsync</c>, if any (the input it answered was cleared).</summary>
    public void CancelLatest() => Cancel(Interlocked.Exchange(ref _latest, null));

    private static void Cancel(CancellationTokenSource? previous)
    {
        try
        {
            previous?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It ended meanwhile.
        }
    }

    public Task RunLatestAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct = default) =>
        RunLatestAsync(async (sp, c) =>
        {
            await work(sp, c);
            return true;
        }, ct);

    /// <summary>
    /// Work started by something other than the renderer (a navigation event, another screen's change): it runs and its
    /// failure is logged, instead of an <c>async void</c> handler whose exception would end the circuit.
    /// </summary>
    public void Background(Func<Task> work) => _ = BackgroundAsync(work);

    private async Task BackgroundAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
            // Superseded, or the component left the page.
        }
        catch (ObjectDisposedException) when (_lifetime.IsCancellationRequested)
        {
            // The circuit ended while the work ran.
        }
#pragma warning disable CA1031 // a background refresh must not end the circuit; the failure is logged
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "A background refresh of a component failed");
        }
    }

    private async Task<T> RunCoreAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationTokenSource? latest, CancellationToken caller)
    {
        if (ReferenceEquals(Current.Value, this))
        {
            throw new InvalidOperationException("An operation of a component started another operation of the same component; it would wait for itself.");
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(latest?.Token ?? _lifetime.Token, caller);
        var ct = linked.Token;
        try
        {
            await _gate.WaitAsync(ct);
            try
            {
                ct.ThrowIfCancellationRequested();
                Current.Value = this;
                await using var scope = scopes.CreateAsyncScope();
                if (!await actor.EnsureAsync(scope.ServiceProvider, ct))
                {
                    // Fail closed: never run with the empty actor (the circuit's session ended or was never there).
                    throw new UnauthorizedAccessException("The circuit has no signed-in user.");
                }

                var result = await work(scope.ServiceProvider, ct);
                ct.ThrowIfCancellationRequested(); // superseded while it ran: its result is stale
                return result;
            }
            finally
            {
                Current.Value = null;
                _gate.Release();
            }
        }
        finally
        {
            if (latest is not null)
            {
                Interlocked.CompareExchange(ref _latest, null, latest);
                latest.Dispose();
            }
        }
    }

    /// <summary>Cancels what runs or waits; later operations end cancelled at once.</summary>
    public void Dispose() => _lifetime.Cancel(); // not disposed: operations still ending read its token

}
