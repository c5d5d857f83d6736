namespace CoSo.Core.Surveillance.Alerts;

/// <summary>The alert workflow: New → Verifying → Confirmed | Discarded; Confirmed → Response → Closed; Discarded → Closed.</summary>
public enum AlertStatus
{
    New = 1,
    Verifying = 2,
    Confirmed = 3,
    Discarded = 4,
    Response = 5,
    Closed = 6,
}
