using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;

namespace CoSo.Data.Surveillance;

/// <summary>
/// A new case report: a resident (<see cref="PersonId"/>) or a non-resident's minimal identity; where the case lives
/// (<see cref="VillageId"/>, a free-text <see cref="Address"/>, optional WGS 84 <see cref="Latitude"/>/<see cref="Longitude"/>) for vector control.
/// </summary>
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
    Guid? SourceEncounterId = null,
    string? Address = null,
    double? Latitude = null,
    double? Longitude = null);
