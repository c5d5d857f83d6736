using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>Writes one batch of validated residents (distinct CCCDs) in one transaction, upserting on (province, CCCD).</summary>
internal interface IPersonBatchWriter
{
    Task<BatchCounts> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct);
}

/// <summary>What became of the rows of a batch: new residents, residents whose imported fields changed, and the rest.</summary>
internal readonly record struct BatchCounts(long Inserted, long Updated, long Unchanged)
{
    public static BatchCounts operator +(BatchCounts a, BatchCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}
