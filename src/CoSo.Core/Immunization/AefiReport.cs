using CoSo.Core.People;

namespace CoSo.Core.Immunization;

/// <summary>An adverse event following immunization (phản ứng sau tiêm chủng). Serious ones go up to the district.</summary>
public sealed class AefiReport : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The dose suspected, when it is recorded.</summary>
    public Guid? DoseId { get; set; }

    public string Vaccine { get; set; } = string.Empty;

    public DateTimeOffset OnsetAt { get; set; }

    public string Symptoms { get; set; } = string.Empty;

    public AefiSeverity Severity { get; set; }

    public bool Hospitalised { get; set; }

    public AefiOutcome Outcome { get; set; }

    public Guid? ReportedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
