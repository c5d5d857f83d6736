using System.Runtime.CompilerServices;
using CoSo.Core.Encounters;
using CoSo.Core.Immunization;
using CoSo.Core.Surveillance.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>
/// The seam of the FHIR Subscriptions' events (ADR 0021): in the same SaveChanges — the same transaction — as a dose
/// recorded or changed, a visit saved as (or corrected to) a referral, or a case report filed, whichever service wrote
/// it (<c>/api/v1</c>, the FHIR writes, the village app's uploads, the UI), it enqueues the notifications of the matching
/// subscriptions (<see cref="SubscriptionNotifier"/>). When the save has no transaction of its own, one is opened here
/// and committed after it (rolled back if it fails), so the counters and outbox rows commit or vanish with the change.
/// Surveillance alerts are stored by COPY on PostgreSQL, which no interceptor sees: <c>AlertService</c> calls the
/// notifier itself inside its run's transaction.
/// </summary>
public sealed class SubscriptionEventInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _owned = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Off the caller's synchronisation context (a Blazor circuit's), the context used by one thread at a time as before.
        Task.Run(() => EnqueueAsync(eventData.Context, CancellationToken.None)).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnqueueAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _owned.TryGetValue(context, out var tx))
        {
            _owned.Remove(context);
            tx.Commit();
            tx.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _owned.TryGetValue(context, out var tx))
        {
            _owned.Remove(context);
            await tx.CommitAsync(cancellationToken);
            await tx.DisposeAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private void Abandon(DbContext? context)
    {
        if (context is not null && _owned.TryGetValue(context, out var tx))
        {
            _owned.Remove(context);
            tx.Rollback();
            tx.Dispose();
        }
    }

    /// <summary>The topic events among a save's pending changes.</summary>
    public static List<SubscriptionEvent> EventsOf(DbContext context)
    {
        var events = new List<SubscriptionEvent>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case ImmunizationDose dose:
                    events.Add(new SubscriptionEvent(SubscriptionTopics.Immunization, dose.Id, dose.OrgUnitId, dose.PersonId));
                    break;
                case Encounter visit when visit.Disposition == Disposition.Referred
                    && (entry.State == EntityState.Added || entry.Property(nameof(Encounter.Disposition)).OriginalValue is not Disposition.Referred):
                    events.Add(new SubscriptionEvent(SubscriptionTopics.Referral, visit.Id, visit.OrgUnitId, visit.PersonId));
                    break;
                case CaseReport report when entry.State == EntityState.Added:
                    events.Add(new SubscriptionEvent(SubscriptionTopics.NotifiableCase, report.Id, report.OrgUnitId, report.PersonId));
                    break;
            }
        }

        return events;
    }

    private async Task EnqueueAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not CoSoDbContext db || db.IsReadOnly)
        {
            return;
        }

        var events = EventsOf(db);
        if (events.Count == 0 || !await db.Set<FhirSubscription>().AnyAsync(ct))
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            _owned.AddOrUpdate(db, await db.Database.BeginTransactionAsync(ct));
        }

        try
        {
            await SubscriptionNotifier.EnqueueAsync(db, events, time.GetUtcNow(), ct);
        }
        catch
        {
            // EF calls no SaveChangesFailed for a failure in SavingChanges: end the transaction opened here now.
            Abandon(db);
            throw;
        }
    }
}
