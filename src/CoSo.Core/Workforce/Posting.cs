namespace CoSo.Core.Workforce;

/// <summary>
/// A worker at a unit from <see cref="Start"/> to <see cref="End"/>, both inclusive; End null = still there.
/// For a village health worker the unit is the village (kind Village) they serve.
/// </summary>
public sealed class Posting
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public Guid OrgUnitId { get; set; }

    public PostingKind Kind { get; set; }

    /// <summary>The sending unit of a rotation, secondment or transfer.</summary>
    public Guid? FromUnitId { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public string? Purpose { get; set; }

    /// <summary>
    /// The worker is at the unit part time on this posting (a few days a week, shared with another unit). Postings
    /// recorded before this existed are full time (the migration's default).
    /// </summary>
    public bool PartTime { get; set; }
}
