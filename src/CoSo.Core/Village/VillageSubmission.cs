using CoSo.Core.People;

namespace CoSo.Core.Village;

/// <summary>The server's verdict on a record uploaded by a phone.</summary>
public enum SubmissionStatus
{
    Accepted = 1,
    Rejected = 2,

    /// <summary>The station changed the same value meanwhile: the station's value was kept, the phone's is kept here.</summary>
    Conflict = 3,

    /// <summary>A conflict the station settled (adopted the phone's value or kept its own).</summary>
    Resolved = 4,
}

/// <summary>
/// A record made on a village health worker's phone (a home visit, a call outcome, a notification, a suspected case, a
/// phone-number edit), stored once under the phone's own UUIDv7 id (an upload repeated after a lost answer finds it
/// here), with its verdict and what it created. The station's inbox lists them.
/// </summary>
public sealed class VillageSubmission : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station the record goes to (the resident's station, or the worker's village's station).</summary>
    public Guid OrgUnitId { get; set; }

    public Guid? VillageId { get; set; }

    public Guid? PersonId { get; set; }

    public Guid DeviceId { get; set; }

    public Guid UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>homeVisit, followUpOutcome, notification, suspectedCase, residentEdit (docs/village-app.md).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>For a notification: pregnancy, birth, death, newResident, move.</summary>
    public string? SubKind { get; set; }

    /// <summary>The record as the phone sent it (JSON, at most 8 KB).</summary>
    public string Data { get; set; } = "{}";

    public string? Base { get; set; }

    public SubmissionStatus Status { get; set; }

    /// <summary>Field messages of a rejection (JSON array of {field, key, vi, en}).</summary>
    public string? Errors { get; set; }

    public string? ConflictField { get; set; }

    public string? PhoneValue { get; set; }

    public string? StationValue { get; set; }

    /// <summary>What the record made at the station: a pregnancy, a case report, a home visit (its id, and a link).</summary>
    public Guid? CreatedId { get; set; }

    public string? Link { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When the station dealt with it (a conflict settled, a notification acted on).</summary>
    public DateTimeOffset? HandledAt { get; set; }

    public Guid? HandledByUserId { get; set; }

    public string? Resolution { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
