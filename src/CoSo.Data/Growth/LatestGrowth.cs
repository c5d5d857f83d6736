using CoSo.Data.People;

namespace CoSo.Data.Growth;

/// <summary>The latest measurement of each child asked for (children never measured are absent).</summary>
public sealed record LatestGrowth(IReadOnlyDictionary<Guid, GrowthMeasurementDto> ByPerson, IReadOnlyList<(Guid PersonId, string ProvinceCode)> Children) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Children;
}
