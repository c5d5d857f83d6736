namespace CoSo.Core.Surveillance.Alerts;

/// <summary>An in-app notification for the staff of an org unit: an outbreak alert, or a village health worker's report.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>The subject in English, for users who work in English (null on notifications written before it existed).</summary>
    public string? SubjectEn { get; set; }

    /// <summary>The body in English (null on notifications written before it existed).</summary>
    public string? BodyEn { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>What the notification is about: null for an outbreak alert, "pregnancy-found" for a village worker's report.</summary>
    public string? Kind { get; set; }

    /// <summary>The page that deals with it (e.g. the pregnancy to confirm); null: the alerts page.</summary>
    public string? Link { get; set; }
}
