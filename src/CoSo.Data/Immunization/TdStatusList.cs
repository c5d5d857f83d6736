using CoSo.Data.People;

namespace CoSo.Data.Immunization;

public sealed record TdStatusList(IReadOnlyList<TdStatusDto> Items) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
