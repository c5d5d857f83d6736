namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// One user has read one notification. Notifications go to a unit (the district) and are read per user, so one
/// officer opening an alert does not hide it from colleagues.
/// </summary>
public sealed class NotificationRead
{
    public Guid NotificationId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
