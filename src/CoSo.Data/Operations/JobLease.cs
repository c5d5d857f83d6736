namespace CoSo.Data.Operations;

/// <summary>
/// Who runs a background job now: one row per job, held by one node until <see cref="ExpiresAt"/>. The holder renews it
/// while it lives; a dead node's lease simply expires and the next node to tick takes it (ADR 0012).
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
