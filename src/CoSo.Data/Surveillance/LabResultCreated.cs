using CoSo.Data.People;

namespace CoSo.Data.Surveillance;

/// <summary>The answer to adding a result: the result and the case's resident (for the audit filter).</summary>
public sealed record LabResultCreated(LabResultDto Result, Guid? PersonId, string ProvinceCode) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => PersonId is { } id ? [(id, ProvinceCode)] : [];
}
