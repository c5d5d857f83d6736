using CoSo.Data.People;

namespace CoSo.Data.Immunization;

/// <summary>The children behind one indicator's denominator, with those counted in the numerator marked.</summary>
public sealed record CoverageDrilldown(string Code, int Numerator, int Denominator, IReadOnlyList<CoverageDrillChild> Children) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Children.Select(c => (c.PersonId, c.ProvinceCode));
}
