using CoSo.Core.People;

namespace CoSo.Core.Workforce;

/// <summary>
/// A new worker. <see cref="OrgUnitId"/> manages the record and gets a regular posting from <see cref="Since"/>;
/// a village health worker is also posted to each of <see cref="VillageIds"/>. The postings are full time unless
/// <see cref="PartTime"/>.
/// </summary>
public sealed record StaffInput(
    string Cccd,
    string FullName,
    Sex Sex,
    DateOnly BirthDate,
    Cadre Cadre,
    EmploymentType EmploymentType,
    Guid OrgUnitId,
    DateOnly? Since = null,
    string? Position = null,
    string? LicenceNumber = null,
    string? LicenceScope = null,
    int? TrainingMonths = null,
    IReadOnlyList<QualificationInput>? Qualifications = null,
    IReadOnlyList<Guid>? VillageIds = null,
    bool PartTime = false);
