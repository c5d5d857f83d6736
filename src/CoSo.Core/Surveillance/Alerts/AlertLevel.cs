namespace CoSo.Core.Surveillance.Alerts;

/// <summary>
/// Where a series is judged: in a commune only the disease's fixed threshold (case counts a station can act on); in a
/// district or province only the statistical methods (a baseline needs counts that communes rarely have).
/// </summary>
public enum AlertLevel
{
    Commune,
    District,
}
