namespace CoSo.Core.Surveillance.Alerts;

/// <summary>A row of notification_outbox: a message a mail/SMS sender drains (sets <see cref="SentAt"/>).</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>"email", "sms" or "fhir-rest-hook" (a FHIR Subscription notification).</summary>
    public string Channel { get; set; } = string.Empty;

    public Guid RecipientOrgUnitId { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed sending attempts so far; a failed message is retried later, never dropped.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>The last failure's message (exception type and message, no personal data: bodies hold none).</summary>
    public string? LastError { get; set; }
}
