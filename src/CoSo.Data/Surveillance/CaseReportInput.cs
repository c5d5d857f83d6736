using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;

namespace CoSo.Data.Surveillance;

/// <summary>A new case report: a resident (<see cref="PersonId"/>) or a non-resident's minimal identity.</summary>
public sealed record CaseReportInput(
    string DiseaseCode,
    CaseClassification Classification,
    DateOnly OnsetDate,
    Guid? PersonId = null,
    string? NonResidentName = null,
    Sex? NonResidentSex = null,
    int? NonResidentBirthYear = null,
    string? NonResidentPhone = null,
    Guid? StationId = null,
    Guid? VillageId = null,
    DateTimeOffset? DiagnosedAt = null,
    bool Hospitalised = false,
    CaseOutcome Outcome = CaseOutcome.Unknown,
    Guid? SourceEncounterId = null);
