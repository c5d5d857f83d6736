namespace CoSo.Core.Village;

/// <summary>What a <see cref="VillageChange"/> row says changed.</summary>
public enum VillageChangeKind
{
    Person = 1,
    Household = 2,

    /// <summary>A bulk write (an import) touched the village without row-by-row changes: its phones reload it whole.</summary>
    Reset = 3,
}

/// <summary>
/// The village change log: one row per write of a resident or household of a village, in a server-side sequence
/// (<see cref="Seq"/>), so that a phone asks "what changed since N" without trusting any clock (ADR 0019). A resident
/// who moves between villages is logged under both.
/// </summary>
public sealed class VillageChange
{
    public long Seq { get; set; }

    public Guid VillageId { get; set; }

    public VillageChangeKind Kind { get; set; }

    public Guid EntityId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
