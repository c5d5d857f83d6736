namespace CoSo.Core.Encounters;

/// <summary>
/// Why the resident came: an illness visit, a periodic health check or a screening. Resolution 72-NQ/TW (09/9/2025)
/// asks that from 2026 every resident get a free periodic check or screening at least once a year; the indicator
/// <c>PHC.yearlyCheck</c> (docs/indicators.md) counts visits of the last two kinds.
/// </summary>
public enum VisitPurpose
{
    /// <summary>Khám bệnh: the resident came because of a complaint (the default, and every visit recorded before the field existed).</summary>
    Illness = 0,

    /// <summary>Khám sức khỏe định kỳ: a periodic health check.</summary>
    PeriodicCheck = 1,

    /// <summary>Khám sàng lọc: a screening (e.g. hypertension/diabetes screening of the high-risk list, a campaign).</summary>
    Screening = 2,
}
