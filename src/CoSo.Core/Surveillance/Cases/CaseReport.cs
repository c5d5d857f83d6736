using CoSo.Core.People;

namespace CoSo.Core.Surveillance.Cases;

/// <summary>
/// A notifiable-disease case reported by a station. Person-level: scoped and audited by the reporting station
/// (<see cref="OrgUnitId"/>). A non-resident has no <see cref="PersonId"/>, only a minimal identity.
/// </summary>
public sealed class CaseReport : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The reporting commune health station.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid? PersonId { get; set; }

    public string? NonResidentName { get; set; }

    public Sex? NonResidentSex { get; set; }

    public int? NonResidentBirthYear { get; set; }

    public string? NonResidentPhone { get; set; }

    /// <summary>The village (thôn, ấp, bản) of the case: a <c>Village</c> unit of the reporting station.</summary>
    public Guid? VillageId { get; set; }

    /// <summary>Where the case lives or stays, as written (house number, street, hamlet), for vector control and contact tracing.</summary>
    public string? Address { get; set; }

    /// <summary>Optional WGS 84 position of <see cref="Address"/> (decimal degrees), within <see cref="CaseLocation"/>'s bounds.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Code from the notifiable-disease catalogue, e.g. "dengue".</summary>
    public string DiseaseCode { get; set; } = string.Empty;

    public CaseClassification Classification { get; set; }

    public DateOnly OnsetDate { get; set; }

    /// <summary>First contact with the health system / diagnosis: the reporting deadline counts from here.</summary>
    public DateTimeOffset DiagnosedAt { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>Reported after the catalogue's deadline for the disease (group A: 24 h).</summary>
    public bool ReportedLate { get; set; }

    public bool Hospitalised { get; set; }

    public CaseOutcome Outcome { get; set; }

    public string? LabTest { get; set; }

    public string? LabResult { get; set; }

    public DateOnly? LabResultDate { get; set; }

    /// <summary>The visit this report came from, when it was proposed from a diagnosis.</summary>
    public Guid? SourceEncounterId { get; set; }

    public Guid? ReportedByUserId { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
