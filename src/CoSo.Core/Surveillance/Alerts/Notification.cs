namespace CoSo.Core.Surveillance.Alerts;

/// <summary>An in-app notification for the staff of an org unit.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset? ReadAt { get; set; }
}
