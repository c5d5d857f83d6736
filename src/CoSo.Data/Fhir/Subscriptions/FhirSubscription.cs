using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoSo.Data.Fhir.Subscriptions;

/// <summary>
/// A FHIR Subscription (R5 Backport IG on R4): one topic, its filters, a rest-hook endpoint with the headers the hook
/// needs (kept, never logged, never shown back), owned by the user or system client that created it, whose org-unit scope
/// decides at each event what it is told about. Not person-level: it names no resident (a <c>patient</c> filter is an id).
/// </summary>
public sealed class FhirSubscription
{
    public Guid Id { get; set; }

    /// <summary>The owner when a user created it.</summary>
    public Guid? OwnerUserId { get; set; }

    /// <summary>The owner when a system client (SMART Backend Services) created it: its client_id.</summary>
    public string? OwnerClientId { get; set; }

    /// <summary>The topic's key in <see cref="SubscriptionTopics"/>.</summary>
    public string Topic { get; set; } = string.Empty;

    /// <summary>The filters, one <c>name=id</c> a line (<c>patient=&lt;guid&gt;</c>, <c>organization=&lt;guid&gt;</c>), all of which must hold.</summary>
    public string Filters { get; set; } = string.Empty;

    public string Endpoint { get; set; } = string.Empty;

    /// <summary><c>channel.header</c>, one "Name: value" a line, sent with every notification (e.g. Authorization).</summary>
    public string? Headers { get; set; }

    /// <summary><c>Subscription.reason</c> (required by R4).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>requested | active | error (R4 subscription-status; a deleted subscription is gone, not off).</summary>
    public string Status { get; set; } = FhirSubscriptionStatus.Requested;

    /// <summary>Events numbered for this subscription so far (events-since-subscription-start; the last event's number).</summary>
    public long EventsSinceStart { get; set; }

    /// <summary>Delivery attempts that failed in a row (any notification); <see cref="FhirSubscriptionStatus.ErrorAfter"/> of them → error.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>The last failure, without personal data (the HTTP status or the exception type and message).</summary>
    public string? LastError { get; set; }

    /// <summary>The FHIR base the subscription was created at: the notifications' absolute references.</summary>
    public string ServerBase { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public static class FhirSubscriptionStatus
{
    public const string Requested = "requested";
    public const string Active = "active";
    public const string Error = "error";

    /// <summary>Failed deliveries in a row after which the subscription is <c>error</c> (docs/fhir.md).</summary>
    public const int ErrorAfter = 3;

    /// <summary>The outbox channel of rest-hook notifications.</summary>
    public const string Channel = "fhir-rest-hook";
}

internal sealed class FhirSubscriptionConfiguration : IEntityTypeConfiguration<FhirSubscription>
{
    public void Configure(EntityTypeBuilder<FhirSubscription> b)
    {
        b.ToTable("fhir_subscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.OwnerClientId).HasMaxLength(100);
        b.Property(s => s.Topic).HasMaxLength(40);
        b.Property(s => s.Filters).HasMaxLength(400);
        b.Property(s => s.Endpoint).HasMaxLength(1000);
        b.Property(s => s.Headers).HasMaxLength(4000);
        b.Property(s => s.Reason).HasMaxLength(300);
        b.Property(s => s.Status).HasMaxLength(12);
        b.Property(s => s.LastError).HasMaxLength(1000);
        b.Property(s => s.ServerBase).HasMaxLength(300);
        b.HasIndex(s => new { s.Topic, s.Status });
        b.HasIndex(s => s.OwnerUserId);
        b.HasIndex(s => s.OwnerClientId);
    }
}
