using CoSo.Core.Records;
using CoSo.Data.People;

namespace CoSo.Data.Records;

/// <summary>The current personal health record (or an empty one with version 0 when none was written yet).</summary>
public sealed record HealthRecordDto(Guid PersonId, string ProvinceCode, int Version, DateTimeOffset? RecordedAt, HealthRecordInput Record, bool HasAllergies) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];
}
