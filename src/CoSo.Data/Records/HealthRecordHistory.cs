using CoSo.Data.People;

namespace CoSo.Data.Records;

public sealed record HealthRecordHistory(Guid PersonId, string ProvinceCode, IReadOnlyList<HealthRecordDto> Versions) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];
}
