namespace CoSo.Core.Surveillance;

/// <summary>One row of data/surveillance/notifiable-diseases.csv.</summary>
/// <param name="Code">Stable CoSo code, e.g. "dengue".</param>
/// <param name="ReportingDeadlineHours">Hours from diagnosis to the case report (group A: 24).</param>
/// <param name="Icd10Prefixes">ICD-10 codes or prefixes, as written (with dots).</param>
/// <param name="AlertRule">The fixed-threshold alert, or null when only statistical detection applies.</param>
public sealed record NotifiableDisease(
    string Code,
    string NameVi,
    string NameEn,
    DiseaseGroup Group,
    int ReportingDeadlineHours,
    IReadOnlyList<string> Icd10Prefixes,
    FixedThresholdRule? AlertRule);
