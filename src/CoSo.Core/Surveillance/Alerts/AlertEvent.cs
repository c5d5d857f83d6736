namespace CoSo.Core.Surveillance.Alerts;

/// <summary>One recorded status change of an alert: who, when, from what to what, and the note or actions.</summary>
public sealed class AlertEvent
{
    public Guid Id { get; set; }

    public Guid AlertId { get; set; }

    public AlertStatus From { get; set; }

    public AlertStatus To { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string? Note { get; set; }
}
