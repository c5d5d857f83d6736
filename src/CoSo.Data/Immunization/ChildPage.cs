using CoSo.Data.People;

namespace CoSo.Data.Immunization;

public sealed record ChildPage(IReadOnlyList<ChildStatusDto> Items, int Page, int PageSize, int Total) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
