using CoSo.Core.People;
using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

public sealed record StaffDto(
    Guid Id,
    Guid OrgUnitId,
    string? UnitName,
    string Cccd,
    string FullName,
    Sex Sex,
    DateOnly BirthDate,
    Cadre Cadre,
    EmploymentType EmploymentType,
    string? Position,
    string? LicenceNumber,
    string? LicenceScope,
    int? TrainingMonths,
    IReadOnlyList<QualificationInput> Qualifications,
    IReadOnlyList<PostingDto> Postings,
    IReadOnlyList<TrainingDto> Training,
    CmeStatus? Cme,
    bool IsActive,
    int Version);
