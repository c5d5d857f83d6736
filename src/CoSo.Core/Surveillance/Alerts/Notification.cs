namespace CoSo.Core.Surveillance.Alerts;

/// <summary>An in-app notification for the staff of an org unit.</summary>
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
}
