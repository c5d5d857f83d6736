using CoSo.Data.People;

namespace CoSo.Data.Indicators;

/// <summary>The residents counted in a numerator or denominator; every listed resident is audited as read.</summary>
public sealed record ResidentList(string Code, string Part, string Period, int Total, IReadOnlyList<ResidentRow> Items) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.Select(i => (i.Id, i.ProvinceCode));
}
