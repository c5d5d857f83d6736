using CoSo.Data.People;

namespace CoSo.Data.Maternal;

public sealed record PostnatalDueList(DateOnly Today, IReadOnlyList<PostnatalDueItem> Items) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People =>
        Items.SelectMany(i => new[] { (i.MotherId, i.ProvinceCode) }.Concat(i.Newborns.Select(n => (n.PersonId, i.ProvinceCode))));
}
