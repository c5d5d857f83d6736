using CoSo.Data.People;

namespace CoSo.Data.Maternal;

public sealed record PregnancyList(DateOnly Today, IReadOnlyList<PregnancySummary> Items) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
