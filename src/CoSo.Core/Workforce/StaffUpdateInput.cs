using CoSo.Core.People;

namespace CoSo.Core.Workforce;

/// <summary>
/// An edit of a worker's register entry. The managing unit and the postings are not edited here (a move is a posting);
/// <see cref="Qualifications"/> null keeps the qualifications, a list replaces them. <see cref="IsActive"/> false takes
/// the worker off the register (they left) without deleting their history.
/// </summary>
public sealed record StaffUpdateInput(
    string Cccd,
    string FullName,
    Sex Sex,
    DateOnly BirthDate,
    Cadre Cadre,
    EmploymentType EmploymentType,
    string? Position = null,
    string? LicenceNumber = null,
    string? LicenceScope = null,
    int? TrainingMonths = null,
    IReadOnlyList<QualificationInput>? Qualifications = null,
    bool IsActive = true);
