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
