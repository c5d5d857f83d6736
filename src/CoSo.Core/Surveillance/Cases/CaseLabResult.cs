using CoSo.Core.People;

namespace CoSo.Core.Surveillance.Cases;

/// <summary>
/// A laboratory result added to a case report, often days after the report (one case may have several: a rapid
/// test, then PCR or serology). Person-level like its case: scoped and audited by the case's reporting station.
/// </summary>
public sealed class CaseLabResult : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The case's reporting station.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid CaseReportId { get; set; }

    /// <summary>The case's resident; null for a non-resident case.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The test, e.g. "NS1", "RT-PCR", "IgM ELISA".</summary>
    public string Test { get; set; } = string.Empty;

    public DateOnly SpecimenDate { get; set; }

    public string Result { get; set; } = string.Empty;

    /// <summary>The laboratory that ran the test, when known.</summary>
    public string? Lab { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid? RecordedByUserId { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
