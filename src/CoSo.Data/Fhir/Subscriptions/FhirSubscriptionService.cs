using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Access;
using CoSo.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>A subscription to create, already checked against the Backport IG's rules by the FHIR handler.</summary>
public sealed record FhirSubscriptionInput(SubscriptionTopic Topic, IReadOnlyList<(string Name, Guid Id)> Filters, string Endpoint, IReadOnlyList<string> Headers, string Reason, string ServerBase);

/// <summary>
/// The caller's own FHIR subscriptions: create (status requested and a handshake queued), read, list, delete — a user's
/// or a system client's, never another's (another's is 404) — and, for the rest-hook sender, the delivery's outcome.
/// </summary>
public sealed class FhirSubscriptionService(CoSoDbContext db, TimeProvider time)
{
    public async Task<FhirSubscription> CreateAsync(FhirSubscriptionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        db.Actor.Demand(Capability.ReadClinicalDetail);
        var (userId, clientId) = Owner();
        var now = time.GetUtcNow();
        var subscription = new FhirSubscription
        {
            Id = Guid.CreateVersion7(), OwnerUserId = userId, OwnerClientId = clientId, Topic = input.Topic.Key,
            Filters = string.Join('\n', input.Filters.Select(f => $"{f.Name}={f.Id}")), Endpoint = input.Endpoint,
            Headers = input.Headers.Count == 0 ? null : string.Join('\n', input.Headers), Reason = input.Reason,
            Status = FhirSubscriptionStatus.Requested, ServerBase = input.ServerBase, CreatedAt = now, UpdatedAt = now,
        };
        db.Set<FhirSubscription>().Add(subscription);
        // The handshake (R5 §handshake): its delivery makes the subscription active, its failures count like any other.
        var unit = (userId is { } u ? await db.UserOrgUnits.AsNoTracking().Where(x => x.UserId == u).Select(x => (Guid?)x.OrgUnitId).FirstOrDefaultAsync(ct) : null)
            ?? (clientId is not null ? (await SystemClients.FindInAsync(db, clientId, ct))?.OrgUnitId : null) ?? Guid.Empty;
        db.Set<OutboxMessage>().Add(SubscriptionNotifier.Row(subscription.Id, new SubscriptionNotice(subscription.Id, SubscriptionNotice.Handshake, input.Topic.Key, 0, null), unit, now));
        await db.SaveChangesAsync(ct);
        return subscription;
    }

    /// <summary>The caller's subscription, or <see cref="NotFoundException"/> (another's is the same 404).</summary>
    public async Task<FhirSubscription> FindAsync(Guid id, CancellationToken ct = default) =>
        await Own().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<FhirSubscription>> ListAsync(Guid? id, string? status, CancellationToken ct = default)
    {
        var q = Own().AsNoTracking();
        if (id is { } only)
        {
            q = q.Where(s => s.Id == only);
        }

        if (status is not null)
        {
            q = q.Where(s => s.Status == status);
        }

        return await q.OrderBy(s => s.Id).Take(1000).ToListAsync(ct);
    }

    /// <summary>
    /// Deletes the caller's subscription (its endpoint and headers with it). Its undelivered notifications stay in the
    /// outbox and are closed by the sender without delivery (the drainer owns the rows it is sending).
    /// </summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReadClinicalDetail);
        var subscription = await Own().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        db.Set<FhirSubscription>().Remove(subscription);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Any subscription by id, for the sender (which acts as the system); null when deleted.</summary>
    public Task<FhirSubscription?> ForDeliveryAsync(Guid id, CancellationToken ct = default) =>
        db.Set<FhirSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>
    /// A delivery's outcome: a success makes the subscription active and clears its failures; a failure counts, and the
    /// <see cref="FhirSubscriptionStatus.ErrorAfter"/>th in a row makes it <c>error</c> (deliveries go on being retried
    /// by the outbox; the next success makes it active again).
    /// </summary>
    public async Task RecordDeliveryAsync(Guid id, string? error, CancellationToken ct = default)
    {
        var subscription = await db.Set<FhirSubscription>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return;
        }

        if (error is null)
        {
            subscription.ConsecutiveFailures = 0;
            subscription.LastError = null;
            subscription.Status = FhirSubscriptionStatus.Active;
        }
        else
        {
            subscription.ConsecutiveFailures++;
            subscription.LastError = error.Length > 1000 ? error[..1000] : error;
            if (subscription.ConsecutiveFailures >= FhirSubscriptionStatus.ErrorAfter)
            {
                subscription.Status = FhirSubscriptionStatus.Error;
            }
        }

        subscription.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    private IQueryable<FhirSubscription> Own()
    {
        var (userId, clientId) = Owner();
        return userId is { } u ? db.Set<FhirSubscription>().Where(s => s.OwnerUserId == u) : db.Set<FhirSubscription>().Where(s => s.OwnerClientId == clientId);
    }

    // A user (by id) or a system client (client:<id>); the CLI and jobs own none.
    private (Guid? UserId, string? ClientId) Owner()
    {
        if (db.Actor.UserId is { } userId)
        {
            return (userId, null);
        }

        if (db.Actor.UserName.StartsWith(SystemClients.ActorPrefix, StringComparison.Ordinal))
        {
            return (null, db.Actor.UserName[SystemClients.ActorPrefix.Length..]);
        }

        throw new ForbiddenException("access.capability");
    }
}
