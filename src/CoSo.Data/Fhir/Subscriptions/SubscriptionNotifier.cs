using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>
/// Turns topic events into rest-hook outbox rows, inside the caller's transaction (ADR 0021): for every subscription of
/// the event's topic that is not deleted, whose filters hold and whose owner's org-unit scope (resolved now: a user's
/// units, a system client's unit; a revoked client or a deactivated user none) covers the event's station, the
/// subscription's event counter is raised by an UPDATE (the row stays locked until the commit, so two concurrent writes
/// never give one number twice) and one outbox row per event is added with its number.
/// </summary>
public static class SubscriptionNotifier
{
    public static async Task<int> EnqueueAsync(CoSoDbContext db, IReadOnlyCollection<SubscriptionEvent> events, DateTimeOffset now, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return 0;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Subscription events are enqueued inside the transaction of the change.");
        }

        var topics = events.Select(e => e.Topic.Key).Distinct().ToList();
        var subscriptions = await db.Set<FhirSubscription>().AsNoTracking().Where(s => topics.Contains(s.Topic)).OrderBy(s => s.Id).ToListAsync(ct);
        if (subscriptions.Count == 0)
        {
            return 0;
        }

        var paths = await PathsAsync(db, events, subscriptions, ct);
        var scopes = new Dictionary<string, AccessScope>(StringComparer.Ordinal);
        var added = 0;
        foreach (var subscription in subscriptions)
        {
            var filters = ParseFilters(subscription.Filters);
            var matching = new List<SubscriptionEvent>();
            foreach (var e in events.Where(e => e.Topic.Key == subscription.Topic && Holds(filters, e, paths)))
            {
                var scope = await OwnerScopeAsync(db, subscription, scopes, ct);
                if (scope.Allows(e.OrgUnitId))
                {
                    matching.Add(e);
                }
            }

            if (matching.Count == 0)
            {
                continue;
            }

            var n = matching.Count;
            var id = subscription.Id;
            await db.Set<FhirSubscription>().Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.EventsSinceStart, s => s.EventsSinceStart + n), ct);
            var last = await db.Set<FhirSubscription>().AsNoTracking().Where(s => s.Id == id).Select(s => s.EventsSinceStart).SingleAsync(ct);
            var number = last - n;
            foreach (var e in matching)
            {
                number++;
                db.Set<OutboxMessage>().Add(Row(subscription.Id, new SubscriptionNotice(subscription.Id, SubscriptionNotice.EventNotification, e.Topic.Key, number, e.FocusId), e.OrgUnitId, now));
                added++;
            }
        }

        return added;
    }

    /// <summary>The outbox row of one notice (the recipient unit is the event's station: the subscriber is in the body).</summary>
    public static OutboxMessage Row(Guid subscriptionId, SubscriptionNotice notice, Guid orgUnitId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), CreatedAt = now, Channel = FhirSubscriptionStatus.Channel, RecipientOrgUnitId = orgUnitId,
        Subject = SubscriptionNotice.Subject(subscriptionId), Body = notice.ToJson(),
    };

    /// <summary>The stored filters: one <c>name=guid</c> a line.</summary>
    public static List<(string Name, Guid Id)> ParseFilters(string stored) =>
        stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2 && Guid.TryParse(p[1], out _)).Select(p => (p[0], Guid.Parse(p[1]))).ToList();

    private static bool Holds(List<(string Name, Guid Id)> filters, SubscriptionEvent e, Dictionary<Guid, string> paths) =>
        filters.All(f => f.Name switch
        {
            SubscriptionTopics.Patient => e.PersonId == f.Id,
            // The station itself or a unit above it: organization=<district> follows every station of the district.
            SubscriptionTopics.Organization => paths.TryGetValue(e.OrgUnitId, out var path) && paths.TryGetValue(f.Id, out var unit) && path.StartsWith(unit, StringComparison.Ordinal),
            _ => false,
        });

    private static async Task<Dictionary<Guid, string>> PathsAsync(CoSoDbContext db, IEnumerable<SubscriptionEvent> events, IEnumerable<FhirSubscription> subscriptions, CancellationToken ct)
    {
        var ids = events.Select(e => e.OrgUnitId)
            .Concat(subscriptions.SelectMany(s => ParseFilters(s.Filters)).Where(f => f.Name == SubscriptionTopics.Organization).Select(f => f.Id))
            .Distinct().ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
    }

    private static async Task<AccessScope> OwnerScopeAsync(CoSoDbContext db, FhirSubscription s, Dictionary<string, AccessScope> cache, CancellationToken ct)
    {
        var key = s.OwnerUserId?.ToString() ?? SystemClients.ActorPrefix + s.OwnerClientId;
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        AccessScope scope;
        if (s.OwnerUserId is { } userId)
        {
            scope = await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.IsActive, ct) ? await ScopeResolver.ResolveAsync(db, userId, ct) : AccessScope.Nothing;
        }
        else
        {
            var client = s.OwnerClientId is { } clientId ? await SystemClients.FindInAsync(db, clientId, ct) : null;
            scope = client is { RevokedAt: null } ? await ScopeResolver.ResolveUnitAsync(db, client.OrgUnitId, ct) : AccessScope.Nothing;
        }

        cache[key] = scope;
        return scope;
    }
}
