namespace CoSo.Core.Surveillance;

/// <summary>One row of data/surveillance/notifiable-diseases.csv.</summary>
/// <param name="Code">Stable CoSo code, e.g. "dengue".</param>
/// <param name="ReportingDeadlineHours">Hours from diagnosis to the case report (group A: 24).</param>
/// <param name="Icd10Prefixes">ICD-10 codes or prefixes, as written (with dots).</param>
/// <param name="AlertRule">The fixed-threshold alert (judged in each commune), or null when only statistical detection applies.</param>
public sealed record NotifiableDisease(
    string Code,
    string NameVi,
    string NameEn,
    DiseaseGroup Group,
    int ReportingDeadlineHours,
    IReadOnlyList<string> Icd10Prefixes,
    FixedThresholdRule? AlertRule)
{
    /// <summary>The statistical detection's parameters at district and province level (defaults when the row has none).</summary>
    public StatisticalRule Statistical { get; init; } = StatisticalRule.Default;

    /// <summary>Statistical detection in a commune, for high-volume syndromes without a fixed threshold; null: none.</summary>
    public CommuneStatisticalRule? CommuneStatistical { get; init; }

    /// <summary>
    /// A signal in a week at most this many weeks after an open alert's last signalled week continues that alert
    /// instead of opening a new one (<see cref="Alerts.AlertEpisodes"/>).
    /// </summary>
    public int AlertContinueWeeks { get; init; } = Alerts.AlertEpisodes.DefaultContinueWeeks;
}
