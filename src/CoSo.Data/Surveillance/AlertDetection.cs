using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>What a detection run found: the new alerts (not stored yet), how many count rows and series it judged, and how long loading the counts took.</summary>
public sealed record AlertDetection(IReadOnlyList<SurveillanceAlert> Alerts, int CountRows, int Series, TimeSpan Loaded);
