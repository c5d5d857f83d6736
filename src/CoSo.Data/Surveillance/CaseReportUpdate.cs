using CoSo.Core.Surveillance.Cases;

namespace CoSo.Data.Surveillance;

/// <summary>What changes after the report: classification, course and the laboratory result.</summary>
public sealed record CaseReportUpdate(
    CaseClassification Classification,
    bool Hospitalised,
    CaseOutcome Outcome,
    string? LabTest = null,
    string? LabResult = null,
    DateOnly? LabResultDate = null);
