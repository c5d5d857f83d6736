using CoSo.Core.People;

namespace CoSo.Core.Workforce;

/// <summary>A health worker. Org-level data (not IPersonOwned): scoped by <see cref="OrgUnitId"/>, the unit that manages the record.</summary>
public sealed class StaffMember
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The unit that manages the worker's record (their home unit).</summary>
    public Guid OrgUnitId { get; set; }

    public string Cccd { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    public Cadre Cadre { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public string? Position { get; set; }

    public string? LicenceNumber { get; set; }

    public string? LicenceScope { get; set; }

    /// <summary>Months of basic training of a village health worker (the norm asks for at least 6).</summary>
    public int? TrainingMonths { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic-concurrency token: the ETag of the staff API; every edit adds one.</summary>
    public int Version { get; set; }

    public List<StaffQualification> Qualifications { get; } = [];
}
