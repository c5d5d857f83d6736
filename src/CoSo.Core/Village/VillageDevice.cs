namespace CoSo.Core.Village;

/// <summary>
/// A phone registered to a village health worker for the offline app (docs/village-app.md). The device token is kept
/// only as its SHA-256 hash. A revoked device (or a deactivated worker) is told to wipe its local data at its next
/// contact with the server.
/// </summary>
public sealed class VillageDevice
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The worker's station (the parent of their villages): whose staff see and revoke the device.</summary>
    public Guid StationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }

    /// <summary>Records the phone said were still waiting to be sent at its last contact.</summary>
    public int PendingOnDevice { get; set; }

    /// <summary>Records the phone said it could not send (rejected or failed) at its last contact.</summary>
    public int FailedOnDevice { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public Guid? RevokedByUserId { get; set; }

    /// <summary>When the device was told to wipe (its first contact after revocation or deactivation).</summary>
    public DateTimeOffset? WipedAt { get; set; }

    public int Version { get; set; }
}
