namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// Delivers one outbox message (mail relay, SMS gateway, …). Throws when delivery fails; the drainer records the error
/// and retries later. Delivery is at least once: a crash after sending and before marking sends again.
/// </summary>
public interface IOutboxSender
{
    /// <summary>The channels this sender delivers, e.g. "email".</summary>
    IReadOnlyCollection<string> Channels { get; }

    /// <summary>Whether the sender can deliver at all (configured); the drain job skips one that cannot.</summary>
    bool IsEnabled => true;

    /// <param name="recipientName">The recipient unit's name, for the message's header.</param>
    Task SendAsync(OutboxMessage message, string recipientName, CancellationToken ct);
}
