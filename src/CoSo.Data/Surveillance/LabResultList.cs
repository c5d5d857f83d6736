using CoSo.Data.People;

namespace CoSo.Data.Surveillance;

/// <summary>A case's laboratory results, oldest specimen first; carries the case's resident for the read audit.</summary>
public sealed record LabResultList(Guid CaseReportId, IReadOnlyList<LabResultDto> Items, Guid? PersonId, string ProvinceCode) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => PersonId is { } id ? [(id, ProvinceCode)] : [];
}
