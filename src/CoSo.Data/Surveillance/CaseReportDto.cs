using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.People;

namespace CoSo.Data.Surveillance;

public sealed record CaseReportDto(
    Guid Id,
    string ProvinceCode,
    Guid OrgUnitId,
    Guid? PersonId,
    string? Name,
    Sex? Sex,
    int? BirthYear,
    string? Phone,
    Guid? VillageId,
    string DiseaseCode,
    string DiseaseName,
    CaseClassification Classification,
    DateOnly OnsetDate,
    string OnsetWeek,
    DateTimeOffset DiagnosedAt,
    DateTimeOffset ReportedAt,
    bool ReportedLate,
    bool Hospitalised,
    CaseOutcome Outcome,
    string? LabTest,
    string? LabResult,
    DateOnly? LabResultDate,
    Guid? SourceEncounterId,
    int Version,
    string? VillageName = null,
    string? Address = null,
    double? Latitude = null,
    double? Longitude = null) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People =>
        PersonId is { } id ? [(id, ProvinceCode)] : [];
}
