using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>Writes one batch of validated residents (distinct CCCDs) in one transaction, upserting on (province, CCCD).</summary>
internal interface IPersonBatchWriter
{
    Task<(int Inserted, int Updated)> WriteAsync(IReadOnlyList<Person> batch, DateTimeOffset now, CancellationToken ct);
}
