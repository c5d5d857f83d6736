using CoSo.Core.People;

namespace CoSo.Core.Encounters;

/// <summary>A visit as it was before a correction: the full previous version, kept so the history can be read.</summary>
public sealed class EncounterRevision : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid EncounterId { get; set; }

    /// <summary>The version number the visit had before the change.</summary>
    public int Version { get; set; }

    /// <summary>The visit (vitals, diagnoses, prescription, disposition) as JSON.</summary>
    public string Snapshot { get; set; } = string.Empty;

    /// <summary>"update" or "void".</summary>
    public string Change { get; set; } = string.Empty;

    public string? Reason { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid? ChangedByUserId { get; set; }

    public string? ChangedByName { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
