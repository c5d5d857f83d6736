using CoSo.Data.People;

namespace CoSo.Data.Encounters;

public sealed record VisitList(Guid PersonId, string ProvinceCode, IReadOnlyList<VisitDto> Items, int Page, int PageSize, int Total) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];
}
