namespace CoSo.Data.People;

public sealed record PersonPage(IReadOnlyList<PersonSummary> Items, int Page, int PageSize, bool HasMore) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Items.Select(i => (i.Id, i.ProvinceCode));
}
