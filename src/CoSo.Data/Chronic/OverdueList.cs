using CoSo.Data.People;

namespace CoSo.Data.Chronic;

public sealed record OverdueList(DateOnly Today, IReadOnlyList<OverdueItem> Items) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
