using CoSo.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoSo.Web.Components.Shared;

/// <summary>
/// Base for components that read or write person data. It holds no DbContext: each read or write is one
/// <see cref="RunAsync{T}(Func{IServiceProvider, CancellationToken, Task{T}})"/> (or <c>RunLatestAsync</c> for reads a
/// newer one makes stale) in a DI scope of its own, acting as the circuit's signed-in user, serialised with the
/// component's other operations and cancelled when the component is disposed (<see cref="ComponentData"/>, ADR 0021).
/// </summary>
public abstract class CoSoComponent : ComponentBase, IDisposable
{
    private ComponentData? _data;

    [Inject]
    private CircuitActorInitializer ActorInitializer { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    [Inject]
    private ILoggerFactory Loggers { get; set; } = default!;

    /// <summary>This component's operations (one scope each, one at a time).</summary>
    protected ComponentData Data => _data ??= new ComponentData(ScopeFactory, ActorInitializer, Loggers.CreateLogger(GetType()));

    protected sealed override async Task OnInitializedAsync()
    {
        var user = (await AuthState.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        await LoadAsync();
    }

    /// <summary>The first load, when the circuit has a signed-in user.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default) => Data.RunAsync(work, ct);

    protected Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct = default) => Data.RunAsync(work, ct);

    protected Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => Data.RunAsync((sp, _) => work(sp));

    protected Task RunAsync(Func<IServiceProvider, Task> work) => Data.RunAsync((sp, _) => work(sp));

    protected Task<T> RunLatestAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken ct = default) => Data.RunLatestAsync(work, ct);

    protected Task RunLatestAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken ct = default) => Data.RunLatestAsync(work, ct);

    /// <summary>
    /// Work started outside the renderer (an event of another object): runs on this component's renderer, re-renders,
    /// and logs a failure instead of ending the circuit (no <c>async void</c>).
    /// </summary>
    protected void RefreshInBackground(Func<Task> reload) => Data.Background(() => InvokeAsync(async () =>
    {
        await reload();
        StateHasChanged();
    }));

    /// <summary>A refused input's messages by field, in the user's language (the first message of each field).</summary>
    protected static Dictionary<string, string> FieldErrors(Core.Common.DomainValidationException ex) =>
        ex.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message(System.Globalization.CultureInfo.CurrentUICulture));

    /// <summary>Writes one audit entry per resident a page shows (reads outside the API's audit filter), in the operation's scope.</summary>
    protected static async Task AuditShownAsync(IServiceProvider sp, string action, string where, IEnumerable<(Guid PersonId, string ProvinceCode)> people, CancellationToken ct = default)
    {
        var db = sp.GetRequiredService<CoSoDbContext>();
        var any = false;
        foreach (var (personId, province) in people.Distinct())
        {
            db.AuditRead(action, where, null, personId, province);
            any = true;
        }

        if (any)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _data?.Dispose();
        }
    }
}
