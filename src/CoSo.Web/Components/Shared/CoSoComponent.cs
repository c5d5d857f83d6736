using CoSo.Data;
using Microsoft.AspNetCore.Components;

namespace CoSo.Web.Components.Shared;

/// <summary>
/// Base for components that read person data: a DI scope of its own (so one DbContext is never shared by
/// two components' concurrent queries) whose actor is the signed-in user.
/// </summary>
public abstract class CoSoComponent : OwningComponentBase
{
    [Inject]
    private CircuitActorInitializer ActorInitializer { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    protected CoSoDbContext Db => Get<CoSoDbContext>();

    protected T Get<T>()
        where T : notnull => ScopedServices.GetRequiredService<T>();

    protected sealed override async Task OnInitializedAsync()
    {
        if (await ActorInitializer.EnsureAsync(ScopedServices))
        {
            await LoadAsync();
        }
    }

    protected virtual Task LoadAsync() => Task.CompletedTask;

    /// <summary>
    /// One operation in a DI scope (and DbContext) of its own, acting as the signed-in user: for pages whose events can
    /// overlap (a live queue refreshed by other screens while the user clicks), as Microsoft's Blazor + EF Core guidance
    /// asks, instead of the component's long-lived context.
    /// </summary>
    protected async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = ScopeFactory.CreateAsyncScope();
        await ActorInitializer.EnsureAsync(scope.ServiceProvider);
        return await work(scope.ServiceProvider);
    }

    protected async Task RunAsync(Func<IServiceProvider, Task> work) =>
        await RunAsync<bool>(async sp =>
        {
            await work(sp);
            return true;
        });

    /// <summary>A refused input's messages by field, in the user's language (the first message of each field).</summary>
    protected static Dictionary<string, string> FieldErrors(Core.Common.DomainValidationException ex) =>
        ex.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message(System.Globalization.CultureInfo.CurrentUICulture));

    /// <summary>Writes one audit entry per resident a page shows (reads outside the API's audit filter).</summary>
    protected async Task AuditShownAsync(string action, string where, IEnumerable<(Guid PersonId, string ProvinceCode)> people)
    {
        var any = false;
        foreach (var (personId, province) in people.Distinct())
        {
            Db.AuditRead(action, where, null, personId, province);
            any = true;
        }

        if (any)
        {
            await Db.SaveChangesAsync();
        }
    }
}
